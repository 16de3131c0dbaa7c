import path from 'node:path';
import type { Writable } from 'node:stream';
import { loadKnowledgeBase } from '@hub/knowledge';
import { POSTER_DIR, publicOrigin } from '../config.ts';
import { isPrintSize, PRINT_FORMATS } from '../print/formats.ts';
import { makePoster } from '../print/make-poster.ts';
import type { CliArgs } from './options.ts';

export async function cmdPoster(args: CliArgs, out: Writable, err: Writable): Promise<number> {
  const [target] = args.targets;
  const size = args.values.size ?? 'a4';
  if (!target) {
    err.write('campaign poster: name a service or life event, e.g. "campaign poster heirs-certificate"\n');
    return 2;
  }
  if (!isPrintSize(size)) {
    err.write(`campaign poster: --size must be one of ${Object.keys(PRINT_FORMATS).join(', ')}\n`);
    return 2;
  }
  const origin = args.values.origin ?? publicOrigin();
  if (/localhost|127\.0\.0\.1/.test(origin))
    err.write(`campaign poster: the QR code points at ${origin}; set PUBLIC_ORIGIN or --origin for print\n`);
  const files = await makePoster({
    kb: loadKnowledgeBase(),
    target,
    size,
    english: args.values.en ?? false,
    campaign: args.values.campaign ?? 'general',
    placement: args.values.placement ?? size,
    publicOrigin: origin,
    outDir: path.resolve(args.values.out ?? POSTER_DIR),
  });
  out.write(
    `${files.pdf}\n${files.svg}\n${files.linkFile}\nshort link: ${files.link.url} → ${files.link.target} (campaign "${files.link.campaign}", placement "${files.link.placement}")\n`,
  );
  return 0;
}
