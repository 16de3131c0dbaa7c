import readline from 'node:readline';
import { loadKnowledgeBase } from '../load/load-knowledge.ts';
import { formatResponse } from './cmd-search.ts';

/** Interactive search: one query per line; an empty line or Ctrl-D ends it. */
export async function cmdRepl(): Promise<number> {
  const kb = loadKnowledgeBase();
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'kb> ' });
  process.stdout.write(
    `Sofia knowledge base: ${kb.services.length} services. Type a question (Bulgarian, Latin letters or English).\n`,
  );
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() === '') break;
    const started = performance.now();
    const response = kb.search(line, { limit: 5 });
    process.stdout.write(formatResponse(response) + `(${(performance.now() - started).toFixed(2)} ms)\n`);
    rl.prompt();
  }
  rl.close();
  return 0;
}
