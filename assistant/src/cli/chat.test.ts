import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { testKb } from '../testing/harness.ts';
import { runChat } from './chat.ts';

async function chat(input: string, json: boolean): Promise<string> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  await runChat({
    input: Readable.from([input]),
    output,
    json,
    kb: testKb(),
    publicBaseUrl: 'http://localhost:3000',
  });
  return out;
}

describe('terminal chat', () => {
  it('printf "здравейте\\ndanak sgrada\\nколко струва?\\n" answers about property tax and then its fee (--json)', async () => {
    const lines = (await chat('здравейте\ndanak sgrada\nколко струва?\n', true))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.slug).toBeUndefined();
    expect(lines[1]).toMatchObject({ slug: 'property-tax-payment' });
    expect(JSON.stringify(lines[1]?.attachments)).toContain('Плащане на данък върху недвижимите имоти');
    expect(lines[2]).toMatchObject({ slug: 'property-tax-payment', attachments: [] });
    expect(lines[2]?.text).toMatch(/^Колко струва „Плащане на данък върху недвижимите имоти“:/);
    for (const line of lines)
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['text', 'attachments']));
  });

  it('prints readable replies without --json, and skips blank lines', async () => {
    const out = await chat('\nheirs certificate\n\n', false);
    expect(out).toContain('bot> Here is what the official guide says:');
    expect(out).toContain('┌ Certificate of heirs');
    expect(out).toContain('[Go to the e-service] https://usl.sofia.bg/ePortal');
  });
});
