import { describe, expect, it } from 'vitest';
import { PRINT_TEXT } from './print-materials-text.ts';

describe('print materials strings', () => {
  it('Bulgarian and English have the same keys and placeholders', () => {
    expect(Object.keys(PRINT_TEXT.en).sort()).toEqual(Object.keys(PRINT_TEXT.bg).sort());
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(PRINT_TEXT.bg) as (keyof typeof PRINT_TEXT.bg)[])
      expect(vars(PRINT_TEXT.en[key]), key).toEqual(vars(PRINT_TEXT.bg[key]));
  });
});
