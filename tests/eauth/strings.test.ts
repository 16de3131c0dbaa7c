import { describe, expect, it } from 'vitest';
import { IDENTITY_LOCALES, identityTranslator } from '../../assistant/src/widget/view/identity-i18n.ts';
import { IDENTITY_STRINGS } from '../../helpdesk/src/components/identity/strings.ts';

const placeholders = (s: string) => [...s.matchAll(/\{\{?(\w+)\}?\}/g)].map((m) => m[1]).sort();

describe('eAuth strings (widget card and console)', () => {
  it.each([
    ['widget', IDENTITY_LOCALES.bg, IDENTITY_LOCALES.en],
    ['console', IDENTITY_STRINGS.bg, IDENTITY_STRINGS.en],
  ] as const)('%s: the same keys and placeholders in Bulgarian and English, none empty', (_n, bg, en) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(bg).sort());
    for (const [key, value] of Object.entries(bg)) {
      const english = (en as Record<string, string>)[key]!;
      expect(value.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(value));
    }
  });

  it('explains every reason the contract knows, and fills the level', () => {
    const t = identityTranslator('en');
    for (const reason of ['personal_tax', 'kindergarten', 'personal_case', 'agent'] as const)
      expect(t(`reason.${reason}`)).toMatch(/\w/);
    expect(t('level', { level: t('level.HIGH') })).toBe('Level of assurance required: high');
  });
});
