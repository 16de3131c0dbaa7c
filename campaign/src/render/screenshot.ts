import type { Page } from 'playwright-core';

/** Headless Chromium under load sometimes has no frame ready yet ("Unable to capture screenshot"): try again. */
export async function screenshotPng(page: Page, file: string, attempts = 3): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await page.screenshot({ path: file, type: 'png' });
      return;
    } catch (err) {
      if (i >= attempts) throw err;
      await page.waitForTimeout(200 * i);
    }
  }
}
