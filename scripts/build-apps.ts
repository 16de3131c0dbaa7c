/**
 * Builds the browser apps (chat widget, help desk, kiosk screens) with esbuild into dist/apps/<name>/,
 * which the server serves. Each app has an entry module and an optional public/ folder copied as is.
 * Usage: tsx scripts/build-apps.ts [--watch]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AppSpec {
  name: string;
  entry: string;
  publicDir: string;
  /** iife for a script embedded on other sites; esm for apps with their own page. */
  format: 'iife' | 'esm';
}

export const APPS: AppSpec[] = [
  {
    name: 'widget',
    entry: 'assistant/src/widget/main.ts',
    publicDir: 'assistant/src/widget/public',
    format: 'iife',
  },
  { name: 'helpdesk', entry: 'helpdesk/src/main.tsx', publicDir: 'helpdesk/public', format: 'esm' },
  { name: 'kiosk', entry: 'kiosk/src/renderer/main.tsx', publicDir: 'kiosk/public', format: 'esm' },
];

export const appsOutDir = path.join(root, 'dist', 'apps');

/** The esbuild options of every browser app (also used by the kiosk's own build of its screens). */
export function esbuildOptions(app: AppSpec, outdir: string) {
  return {
    entryPoints: { [app.name]: path.join(root, app.entry) },
    bundle: true,
    minify: true,
    sourcemap: true,
    format: app.format,
    target: ['es2020', 'chrome100', 'safari15', 'firefox100'],
    outdir,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  } satisfies esbuild.BuildOptions;
}

async function buildApp(app: AppSpec, watch: boolean): Promise<string | undefined> {
  const entry = path.join(root, app.entry);
  if (!fs.existsSync(entry)) return undefined;
  const outdir = path.join(appsOutDir, app.name);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const publicDir = path.join(root, app.publicDir);
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, outdir, { recursive: true });
  const options = esbuildOptions(app, outdir);
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    return `${app.name}: watching`;
  }
  const result = await esbuild.build(options);
  // Sizes as served: minified, and gzipped (what a phone downloads).
  const js = Object.keys(result.metafile?.outputs ?? {}).filter((file) => file.endsWith('.js'));
  const contents = js.map((file) => fs.readFileSync(path.resolve(root, file)));
  const bytes = contents.reduce((sum, b) => sum + b.length, 0);
  const gzipped = contents.reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0);
  return `${app.name} ${(bytes / 1024).toFixed(1)} KiB (${(gzipped / 1024).toFixed(1)} KiB gzipped)`;
}

async function main() {
  const watch = process.argv.includes('--watch');
  const built = (await Promise.all(APPS.map((a) => buildApp(a, watch)))).filter(Boolean);
  process.stdout.write(`apps: ${built.length ? built.join(', ') : 'none yet'}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`build-apps: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
