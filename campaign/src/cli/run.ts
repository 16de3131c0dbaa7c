import type { Writable } from 'node:stream';
import { parseCli, type CliArgs } from './options.ts';

const USAGE = `campaign — posters, banners, how-to videos and social cards from the guides

  campaign poster <service|life-event> [--size a4|a3|banner] [--en] [--campaign name] [--placement "tram 5"]
                  [--origin https://…] [--out dir]      SVG + PDF + short-link record (default data/campaign/posters)
  campaign video <service…> [--small] [--force] [--voice-dir dir] [--origin https://…] [--out media-dir]
                  narrated MP4 + WebM, captions, chapters and poster image in <media-dir>/<slug>/
                  (default data/media); unchanged guides are skipped, --small makes a 640 × 360 preview
  campaign og <service|life-event…> [--out media-dir]    Open Graph images <media-dir>/<slug>/og.{bg,en}.png, 1200 × 630

  The QR short link is \${PUBLIC_ORIGIN}/s/<code>; the code is derived from campaign + placement + target.
  Run "npm run build" first (the kit reads knowledge/dist).
`;

/** Runs one command; output goes to the given streams so tests can run it in-process. */
export async function runCli(argv: string[], out: Writable, err: Writable): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (e) {
    err.write(`campaign: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  switch (args.command) {
    case 'poster': {
      const { cmdPoster } = await import('./cmd-poster.ts');
      return cmdPoster(args, out, err);
    }
    case 'video': {
      const { cmdVideo } = await import('./cmd-video.ts');
      return cmdVideo(args, out, err);
    }
    case 'og': {
      const { cmdOg } = await import('./cmd-og.ts');
      return cmdOg(args, out, err);
    }
    case undefined:
    case 'help':
      out.write(USAGE);
      return args.command ? 0 : 1;
    default:
      err.write(`campaign: unknown command "${args.command}"\n\n${USAGE}`);
      return 2;
  }
}
