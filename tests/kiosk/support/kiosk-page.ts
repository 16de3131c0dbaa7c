import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { DeviceInfo } from '../../../kiosk/src/shared/kiosk-api.ts';
import * as esbuild from 'esbuild';
import { buildKioskScreens as buildScreens } from '../../../kiosk/src/packaging/build-screens.ts';
import type { ShimOptions } from './shim.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const lockDir = path.join(os.tmpdir(), 'sofia-kiosk-build.lock');
const stampFile = path.join(root, 'dist', 'apps', '.kiosk-test-build');

/**
 * Builds the kiosk screens once per test run: test files run in parallel workers (children of one vitest
 * process), and a second build would delete the screens under the first file's feet.
 */
export async function buildKioskScreens(): Promise<void> {
  const runId = String(process.ppid);
  const built = () => fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === runId;
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (built()) return;
    try {
      fs.mkdirSync(lockDir);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!built()) {
        await buildScreens();
        fs.writeFileSync(stampFile, runId);
      }
      return;
    } finally {
      fs.rmSync(lockDir, { recursive: true, force: true });
    }
  }
  throw new Error(`timed out waiting for ${lockDir}`);
}

let shimCode: string | undefined;
/** The shim bundled for the browser (a function passed to addInitScript would carry the test runner's helpers). */
function shimSource(): string {
  shimCode ??= esbuild.buildSync({
    entryPoints: [path.join(root, 'tests', 'kiosk', 'support', 'shim-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome100',
  }).outputFiles[0]!.text;
  return shimCode;
}

export function deviceFor(baseUrl: string, overrides: Partial<DeviceInfo> = {}): DeviceInfo {
  return {
    deviceId: 'test-kiosk',
    serverUrl: baseUrl,
    district: 'sredets',
    location: 'Lobby',
    lang: 'bg',
    idleTimeoutSeconds: 120,
    idleWarningSeconds: 20,
    eServiceHosts: ['usl.sofia.bg'],
    version: '0.1.0-test',
    ...overrides,
  };
}

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

/** A kiosk screen in Chromium with the preload API provided by the shim. */
export async function openKiosk(
  browser: Browser,
  baseUrl: string,
  options: {
    viewport?: { width: number; height: number };
    idleTimeoutMs?: number;
    idleWarningMs?: number;
    device?: Partial<DeviceInfo>;
    /** Run main's device link (heartbeat, device socket, pushes) with this token. */
    deviceToken?: string;
    /** Where the screens are served (default: `${baseUrl}/index.html`; the hub serves them at /apps/kiosk/). */
    pageUrl?: string;
  } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PORTRAIT,
    hasTouch: true,
    locale: 'bg-BG',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused/.test(msg.text())) errors.push(msg.text());
  });
  const shim: ShimOptions = {
    device: deviceFor(baseUrl, options.device),
    idleTimeoutMs: options.idleTimeoutMs ?? 600_000,
    idleWarningMs: options.idleWarningMs ?? 3_000,
    ...(options.deviceToken ? { deviceToken: options.deviceToken } : {}),
  };
  await page.addInitScript({
    content: `window.__kioskShimOptions = ${JSON.stringify(shim)};\n${shimSource()}`,
  });
  await page.goto(options.pageUrl ?? `${baseUrl}/index.html`);
  return { page, errors };
}
