import { runCli } from './run.ts';

// `campaign … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

runCli(process.argv.slice(2), process.stdout, process.stderr).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`campaign: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
