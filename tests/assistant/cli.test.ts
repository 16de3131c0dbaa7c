// `npm run -s assistant -- chat --json` as a real process, fed exactly what the acceptance line pipes in.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run -s assistant -- chat --json', () => {
  it('answers about property tax and then its fee', () => {
    const run = spawnSync('npm', ['run', '-s', 'assistant', '--', 'chat', '--json'], {
      cwd: ROOT,
      input: 'здравейте\ndanak sgrada\nколко струва?\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const replies = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; slug?: string; attachments: unknown[] });
    expect(replies.map((r) => r.slug)).toEqual([undefined, 'property-tax-payment', 'property-tax-payment']);
    expect(replies[1]?.attachments).toHaveLength(1);
    expect(replies[2]?.text).toContain('Колко струва');
  });

  it('prints its usage and exits 2 on an unknown command', () => {
    const run = spawnSync('npm', ['run', '-s', 'assistant', '--', 'talk'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run -s assistant -- chat');
  });
});
