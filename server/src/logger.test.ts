import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db/testing.ts';
import { safeError } from './logger.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(async () => t?.drop());

describe('safeError', () => {
  it('drops the text of Prisma errors, which quotes the arguments, but keeps type, code and frames', async () => {
    const error = await t.db.message.create({ data: { body: 'моят ЕГН е 8032056031' } as never }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('8032056031');
    const logged = safeError(error);
    expect(JSON.stringify(logged)).not.toContain('8032056031');
    expect(logged.type).toMatch(/^PrismaClient/);
    expect(Array.isArray(logged.stack)).toBe(true);
  });

  it('keeps a short message for other errors', () => {
    const logged = safeError(new TypeError('x'.repeat(500)));
    expect(logged).toMatchObject({ type: 'TypeError' });
    expect(String(logged.message)).toHaveLength(200);
    expect(safeError('a string')).toEqual({ type: 'string' });
  });
});
