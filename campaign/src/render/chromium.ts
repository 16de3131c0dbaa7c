import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium by default; CHROMIUM_PATH overrides it. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(
      `Chromium not found (tried ${candidates.join(', ')}); install the "chromium" package or set CHROMIUM_PATH`,
    );
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
}

/** A browser, or a function that launches one on first use (so cached work never starts Chromium). */
export type BrowserSource = Browser | (() => Promise<Browser>);

/** Runs work with a browser, launching (and closing) one unless the caller provides its own. */
export async function withBrowser<T>(
  shared: BrowserSource | undefined,
  work: (browser: Browser) => Promise<T>,
): Promise<T> {
  if (typeof shared === 'function') return work(await shared());
  if (shared) return work(shared);
  const browser = await launchChromium();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** One browser shared by several jobs, launched only if one of them needs it. */
export function lazyBrowser(): { get: () => Promise<Browser>; close: () => Promise<void> } {
  let launching: Promise<Browser> | undefined;
  return {
    get: () => (launching ??= launchChromium()),
    close: async () => {
      if (launching) await (await launching).close();
    },
  };
}
