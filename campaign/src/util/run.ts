import { execFile } from 'node:child_process';

/** Runs a program without a shell; rejects with its stderr tail when it fails or is missing. */
export function run(program: string, args: string[], options: { input?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(program, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
        const detail = missing
          ? `${program} is not installed`
          : String(stderr).trim().split('\n').slice(-5).join('\n');
        reject(new Error(`${program} failed: ${detail || err.message}`));
        return;
      }
      resolve(String(stdout));
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
