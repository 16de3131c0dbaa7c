import { parseArgs } from './args.ts';
import { cmdValidate } from './cmd-validate.ts';
import { cmdList } from './cmd-list.ts';

const USAGE = `kb — the Sofia knowledge base

  kb validate                  check every guide, district, category and catalog coverage
  kb list [--json]             one entry per catalog service: slug, category, depth, languages
  kb build [--force]           validate and write knowledge/dist (data + prebuilt search index);
                               --force writes the valid services despite problems (work in progress)
  kb search "<query>" [--json] [--en|--bg]   ranked results
  kb eval <file.jsonl> [--json]              hit@1, hit@3 and MRR over {"q","expect"} lines
  kb repl                      interactive search
`;

// `kb list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'validate':
      return cmdValidate(process.stdout, process.stderr);
    case 'list':
      return cmdList(args.flags.has('json'), process.stdout);
    case 'build': {
      const { cmdBuild } = await import('./cmd-build.ts');
      return cmdBuild(process.stdout, process.stderr, args.flags.has('force'));
    }
    case 'search': {
      const { cmdSearch } = await import('./cmd-search.ts');
      return cmdSearch(args, process.stdout, process.stderr);
    }
    case 'eval': {
      const { cmdEval } = await import('./cmd-eval.ts');
      return cmdEval(args, process.stdout, process.stderr);
    }
    case 'repl': {
      const { cmdRepl } = await import('./cmd-repl.ts');
      return cmdRepl();
    }
    case undefined:
    case 'help':
      process.stdout.write(USAGE);
      return args.command ? 0 : 1;
    default:
      process.stderr.write(`kb: unknown command "${args.command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kb: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
