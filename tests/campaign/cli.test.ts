import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../campaign/src/cli/run.ts';
import { captureStream } from './support/streams.ts';
import { tempDir } from './support/tools.ts';

const out = tempDir('cli');
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

async function campaign(...argv: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await runCli(argv, stdout, stderr);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('campaign CLI', () => {
  it('makes a banner with its short link for a campaign placement', async () => {
    const res = await campaign(
      'poster',
      'heirs-certificate',
      '--size',
      'banner',
      '--campaign',
      'spring',
      '--placement',
      'tram 5',
      '--origin',
      'https://hub.sofia.bg',
      '--out',
      out,
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const files = fs.readdirSync(out);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(1);
    expect(res.stdout).toMatch(
      /short link: https:\/\/hub\.sofia\.bg\/s\/[0-9a-z]{8} → \/services\/heirs-certificate \(campaign "spring", placement "tram 5"\)/,
    );
  });

  it('explains bad input with exit code 2', async () => {
    const badSize = await campaign('poster', 'heirs-certificate', '--size', 'a5');
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toContain('a4, a3, banner');
    expect((await campaign('video')).code).toBe(2);
    expect((await campaign('video', 'no-such-service')).stderr).toContain(
      'no guide with steps for no-such-service',
    );
    expect((await campaign('poster', 'x', '--colour', 'pink')).code).toBe(2);
    const unknown = await campaign('fly');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  });
});
