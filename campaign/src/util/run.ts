import { AsyncLocalStorage } from 'node:async_hooks';
import { execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** How programs started inside `withRunPolicy` behave: lowest CPU priority, killed when the signal aborts. */
export interface RunPolicy {
  /** Niceness for every program (19 = only spare CPU), as `nice -n 19` would give. */
  nice?: number;
  signal?: AbortSignal;
}

const policy = new AsyncLocalStorage<RunPolicy>();

/** Runs `work` so that every ffmpeg/ffprobe/espeak-ng it starts follows the policy (used by the server's background job). */
export function withRunPolicy<T>(p: RunPolicy, work: () => Promise<T>): Promise<T> {
  return policy.run(p, work);
}

/**
 * Background programs must not outlive the server: util-linux's setpriv sets the parent-death signal (the
 * kernel kills the program if the server dies, even by SIGKILL), and an exit handler covers process.exit().
 */
const SETPRIV = '/usr/bin/setpriv';
const hasSetpriv = fs.existsSync(SETPRIV);
const running = new Set<ChildProcess>();
let exitHook = false;
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const c of running) c.kill('SIGKILL');
  });
}

/** Runs a program without a shell; rejects with its stderr tail when it fails or is missing. */
export function run(program: string, args: string[], options: { input?: string } = {}): Promise<string> {
  const { nice, signal } = policy.getStore() ?? {};
  if (signal?.aborted) return Promise.reject(new Error(`${program} not started: stopped`));
  const [file, argv] =
    signal && hasSetpriv ? [SETPRIV, ['--pdeathsig', 'KILL', '--', program, ...args]] : [program, args];
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      argv,
      { maxBuffer: 64 * 1024 * 1024, ...(signal ? { signal, killSignal: 'SIGKILL' as const } : {}) },
      (err, stdout, stderr) => {
        if (err) {
          const missing =
            (err as NodeJS.ErrnoException).code === 'ENOENT' ||
            /No such file or directory/.test(String(stderr));
          const detail = missing
            ? `${program} is not installed`
            : String(stderr).trim().split('\n').slice(-5).join('\n');
          reject(new Error(`${program} failed: ${detail || err.message}`));
          return;
        }
        resolve(String(stdout));
      },
    );
    if (signal) track(child);
    if (nice !== undefined && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, nice);
      } catch {
        // the program may already have finished
      }
    }
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
