import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { run, withRunPolicy } from './run.ts';

describe('run policy (the server’s background videos)', () => {
  it('runs programs at the given niceness and kills them when the signal aborts', async () => {
    const abort = new AbortController();
    const niceness = await withRunPolicy({ nice: 19, signal: abort.signal }, () =>
      run('sh', ['-c', 'sleep 0.2; ps -o ni= -p $$']),
    );
    expect(Number(niceness.trim())).toBe(19);
    const long = withRunPolicy({ signal: abort.signal }, () => run('sleep', ['30']));
    abort.abort();
    await expect(long).rejects.toThrow(/sleep failed/);
    await expect(withRunPolicy({ signal: abort.signal }, () => run('true', []))).rejects.toThrow(
      /not started/,
    );
  });

  it('leaves no program behind when the process that started it dies', async () => {
    // A child node process starts `sleep` under the policy, prints its pid, then is killed with SIGKILL.
    const script = `
      const { run, withRunPolicy } = await import(${JSON.stringify(new URL('./run.ts', import.meta.url).href)});
      const ac = new AbortController();
      void withRunPolicy({ signal: ac.signal }, () => run('sh', ['-c', 'echo $$; exec sleep 30']).catch(() => {}));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ps = await new Promise<string>((resolve) => {
      // The program's own pid: ask ps for the children of the child once it has started one.
      const poll = setInterval(() => {
        const out = spawn('pgrep', ['-f', '-P', String(child.pid), '--', 'sleep|setpriv|sh']);
        let text = '';
        out.stdout.on('data', (d: Buffer) => (text += d.toString()));
        out.on('close', () => {
          if (text.trim()) {
            clearInterval(poll);
            resolve(text.trim().split('\n')[0]!);
          }
        });
      }, 100);
    });
    const pid = Number(ps);
    expect(pid).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await expect
      .poll(() => {
        // Gone, or a zombie waiting to be reaped by init (state Z): either way no longer running.
        try {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
          return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z') ? 'gone' : 'alive';
        } catch {
          return 'gone';
        }
      })
      .toBe('gone');
    expect(os.platform()).toBe('linux');
  });
});
