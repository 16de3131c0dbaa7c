import { loadKnowledgeBase } from '@hub/knowledge';
import { runChat } from './chat.ts';

const USAGE = 'usage: npm run -s assistant -- chat [--json] [--base-url URL]';

/** Entry point of `npm run -s assistant -- <command>`. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'chat') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const baseIndex = rest.indexOf('--base-url');
  const publicBaseUrl = baseIndex >= 0 ? (rest[baseIndex + 1] ?? '') : 'http://localhost:3000';
  await runChat({
    input: process.stdin,
    output: process.stdout,
    json: rest.includes('--json'),
    kb: loadKnowledgeBase(),
    publicBaseUrl,
  });
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
