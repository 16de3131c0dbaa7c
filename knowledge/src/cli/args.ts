/** Minimal argv handling: positional arguments and --flags (no values). */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  for (const a of argv) {
    if (a.startsWith('--')) flags.add(a.slice(2));
    else positional.push(a);
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, flags };
}
