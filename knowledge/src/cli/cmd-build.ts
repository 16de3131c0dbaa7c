import { defaultCatalogFile, defaultContentDir, defaultDistDir } from '../load/content-paths.ts';
import { validateContent } from '../validate/validate-content.ts';
import { formatProblem } from '../validate/problem.ts';
import { writeDist } from '../build/build-dist.ts';

export function cmdBuild(out: NodeJS.WritableStream, err: NodeJS.WritableStream, force = false): number {
  const started = performance.now();
  const { problems, services, districts, categories, lifeEvents } = validateContent(
    defaultContentDir,
    defaultCatalogFile,
  );
  if (problems.length > 0) {
    for (const p of problems) err.write(formatProblem(p) + '\n');
    if (!force) {
      err.write(`kb build: ${problems.length} problem(s); nothing written. Fix them or run "kb validate".\n`);
      return 1;
    }
    err.write(
      `kb build --force: ${problems.length} problem(s); writing the ${services.length} valid services only.\n`,
    );
  }
  const sizes = writeDist(defaultDistDir, {
    builtAt: new Date().toISOString(),
    services,
    districts,
    categories,
    lifeEvents,
  });
  out.write(
    `kb build: ${services.length} services → knowledge/dist (${(sizes.kbBytes / 1024).toFixed(0)} KiB data, ${(sizes.indexBytes / 1024).toFixed(0)} KiB index) in ${(performance.now() - started).toFixed(0)} ms\n`,
  );
  return 0;
}
