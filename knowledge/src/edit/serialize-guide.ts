import YAML from 'yaml';
import { guideFrontMatterSchema, type Guide } from '../schema/guide.ts';

/** Front-matter keys in the schema's order, so exported files diff cleanly against the repository. */
const KEY_ORDER = Object.keys(guideFrontMatterSchema.shape) as Array<keyof Guide>;
const FLOW_KEYS: Array<keyof Guide> = ['lifeEvents', 'related'];
/** Empty lists and objects are left out (the schema's defaults fill them in), except these. */
const ALWAYS_WRITTEN = new Set<keyof Guide>(['lifeEvents']);

const isEmpty = (value: unknown) =>
  Array.isArray(value)
    ? value.length === 0
    : typeof value === 'object' && value !== null && Object.keys(value).length === 0;

/**
 * Writes a guide back to the Markdown-with-front-matter format of knowledge/content, so that guides
 * edited in the help desk can be exported and the repository and the database stay the same.
 */
export function serializeGuide(guide: Guide): string {
  const front: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = guide[key];
    if (value === undefined || (isEmpty(value) && !ALWAYS_WRITTEN.has(key))) continue;
    front[key] = value;
  }
  const doc = new YAML.Document(front);
  // Lists of slugs are written on one line, as the repository's files have them.
  for (const key of FLOW_KEYS) {
    const node = doc.get(key, true);
    if (YAML.isSeq(node)) node.flow = true;
  }
  const yaml = doc.toString({
    lineWidth: 0,
    flowCollectionPadding: false,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
  const body = guide.body.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
