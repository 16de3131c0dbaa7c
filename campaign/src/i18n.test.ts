import { describe, expect, it } from 'vitest';
import { MESSAGES, translator } from './i18n.ts';

describe('campaign locales', () => {
  it('have the same keys in Bulgarian and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.bg).sort());
  });

  it('fill placeholders', () => {
    expect(translator('bg')('video.step.label', { n: 2, total: 4 })).toBe('Стъпка 2 от 4');
    expect(translator('en')('cost.from', { amount: '€2.56' })).toBe('from €2.56');
  });
});
