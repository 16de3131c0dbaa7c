import YAML from 'yaml';
import { guideFrontMatterSchema, type Guide } from '../schema/guide.ts';

/** Front-matter keys in the schema's order, so exported files diff cleanly against the repository. */
const KEY_ORDER = Object.keys(guideFrontMatterSchema.shape) as Array<keyof Guide>;

/**
 * Writes a guide back to the Markdown-with-front-matter format of knowledge/content, so that guides
 * edited in the help desk can be exported and the repository and the database stay the same.
 */
export function serializeGuide(guide: Guide): string {
  const front: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = guide[key];
    if (value === undefined) continue;
    front[key] = value;
  }
  const yaml = YAML.stringify(front, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const body = guide.body.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
