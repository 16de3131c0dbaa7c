import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './client.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

describe('isDatabaseUnavailable', () => {
  it('recognises unreachable servers, dead connections and a full pool, also as a cause', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'P1001' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('busy'), { code: 'P2028' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
  });

  it('recognises the same conditions behind a failed plain SQL statement (P2010 from the driver adapter)', async () => {
    const down = createPrismaClient('postgresql://nobody@127.0.0.1:1/none');
    const error = await down.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'P2010' });
    expect(isDatabaseUnavailable(error)).toBe(true);
    await down.$disconnect();
    const unique = {
      code: 'P2010',
      meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } },
    };
    expect(isDatabaseUnavailable(unique)).toBe(false);
  });

  it('leaves other failures alone', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('unique'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('bug'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
