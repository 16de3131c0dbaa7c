import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Lang } from '@hub/knowledge';
import { screenshotPng } from '../render/screenshot.ts';
import { SCENE_HEIGHT, SCENE_WIDTH, sceneHtml } from './scene-html.ts';
import type { Scene } from './scenes.ts';

/** Screenshots every scene at 1920 × 1080; returns the PNG paths in scene order. */
export async function renderScenes(
  browser: Browser,
  scenes: Scene[],
  lang: Lang,
  dir: string,
): Promise<string[]> {
  const page = await browser.newPage({
    viewport: { width: SCENE_WIDTH, height: SCENE_HEIGHT },
    deviceScaleFactor: 1,
  });
  const totalSteps = scenes.filter((s) => s.kind === 'step').length;
  try {
    const files: string[] = [];
    for (const scene of scenes) {
      await page.setContent(sceneHtml(scene, lang, totalSteps), { waitUntil: 'load' });
      // A long step would run off the card: switch to the compact type scale rather than clip it.
      await page.evaluate(() => {
        const main = document.querySelector('.main');
        if (main && main.scrollHeight > main.clientHeight) document.body.classList.add('compact');
      });
      const file = path.join(dir, `${scene.id}.png`);
      await screenshotPng(page, file);
      files.push(file);
    }
    return files;
  } finally {
    await page.close();
  }
}
