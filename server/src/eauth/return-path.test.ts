import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it.each([
    ['/chat', '/chat'],
    ['/chat?c=1&x=2#end', '/chat?c=1&x=2#end'],
    ['/a/../b', '/b'],
    ['/услуги', '/%D1%83%D1%81%D0%BB%D1%83%D0%B3%D0%B8'],
  ])('keeps the local path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'chat',
    '',
    '/ok\r\nSet-Cookie: x=1',
    '/\t/evil.example',
    '/' + 'a'.repeat(600),
    undefined,
    42,
  ])('refuses %j', (input) => {
    expect(safeReturnPath(input)).toBeUndefined();
  });
});
