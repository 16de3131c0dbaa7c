import path from 'node:path';
import type { Writable } from 'node:stream';
import { loadKnowledgeBase } from '@hub/knowledge';
import { MEDIA_DIR } from '../config.ts';
import { launchChromium } from '../render/chromium.ts';
import { makeOgImages } from '../og/make-og.ts';
import type { CliArgs } from './options.ts';

export async function cmdOg(args: CliArgs, out: Writable, err: Writable): Promise<number> {
  if (args.targets.length === 0) {
    err.write('campaign og: name one or more services or life events\n');
    return 2;
  }
  const kb = loadKnowledgeBase();
  const browser = await launchChromium();
  try {
    for (const target of args.targets) {
      const outDir = path.join(path.resolve(args.values.out ?? MEDIA_DIR), target);
      const files = await makeOgImages({ kb, target, outDir, browser });
      out.write(`${files.join('\n')}\n`);
    }
    return 0;
  } finally {
    await browser.close();
  }
}
