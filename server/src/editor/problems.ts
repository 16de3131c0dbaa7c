import type { GuideProblemDto, GuideSources } from '@hub/contract';
import { formatProblem, validateEditedGuide, type KnowledgeBase, type ServiceRecord } from '@hub/knowledge';

export interface CheckedGuide {
  problems: GuideProblemDto[];
  /** The service as it would be built, when both files parse. */
  service?: ServiceRecord;
}

/** Validates an edited pair with the rules and the messages of `kb validate`. */
export function checkGuide(kb: KnowledgeBase, slug: string, sources: GuideSources): CheckedGuide {
  const { problems, service } = validateEditedGuide({ slug, sources }, { kb });
  const dto = problems.map((p) => ({
    ...p,
    line: formatProblem(p),
    lang: p.path.endsWith('bg.md') ? ('bg' as const) : p.path.endsWith('en.md') ? ('en' as const) : null,
  }));
  return service ? { problems: dto, service } : { problems: dto };
}
