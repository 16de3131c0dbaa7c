import { describe, expect, it } from 'vitest';
import bg from './bg.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

describe('kiosk locales', () => {
  it('Bulgarian and English have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(bg).sort());
  });

  it('no message is empty and placeholders match', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(bg)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});
