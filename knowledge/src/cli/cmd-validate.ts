import { defaultCatalogFile, defaultContentDir } from '../load/content-paths.ts';
import { validateContent } from '../validate/validate-content.ts';
import { formatProblem } from '../validate/problem.ts';

export function cmdValidate(out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const result = validateContent(defaultContentDir, defaultCatalogFile);
  for (const p of result.problems) err.write(formatProblem(p) + '\n');
  const guides = result.services.filter((s) => s.depth === 'guide').length;
  const summary = `${result.services.length} services valid in bg and en (${guides} complete guides), ${result.districts.length} districts, ${result.categories.length} categories, ${result.lifeEvents.length} life events; ${result.problems.length} problem(s)`;
  (result.problems.length ? err : out).write(summary + '\n');
  return result.problems.length ? 1 : 0;
}
