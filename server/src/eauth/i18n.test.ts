import { describe, expect, it } from 'vitest';
import { EAUTH_ERROR_CODES } from './errors.ts';
import { eauthStrings, pickLang } from './i18n.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('eauth locales', () => {
  it('English has exactly the Bulgarian keys, none empty', () => {
    expect(keys(eauthStrings.en).sort()).toEqual(keys(eauthStrings.bg).sort());
    for (const lang of ['bg', 'en'] as const) {
      for (const code of EAUTH_ERROR_CODES)
        expect(eauthStrings[lang].errors[code].length).toBeGreaterThan(10);
    }
  });

  it('has no message for a code that does not exist', () => {
    expect(Object.keys(eauthStrings.bg.errors).sort()).toEqual([...EAUTH_ERROR_CODES].sort());
  });

  it('picks the language', () => {
    expect(pickLang('en', 'bg')).toBe('en');
    expect(pickLang(undefined, 'en-GB,en;q=0.9')).toBe('en');
    expect(pickLang(undefined, undefined)).toBe('bg');
    expect(pickLang('de', 'fr')).toBe('bg');
  });
});
