import { describe, expect, it } from 'vitest';
import { LAYOUTS } from './layouts.ts';

describe('on-screen keyboard layouts', () => {
  it('the Cyrillic layout has every letter of the Bulgarian alphabet once', () => {
    const letters = LAYOUTS.cyrillic.flat().filter((k) => /\p{L}/u.test(k));
    expect([...letters].sort()).toEqual([...'абвгдежзийклмнопрстуфхцчшщъьюя'].sort());
  });

  it('the Latin layout has a–z once', () => {
    const letters = LAYOUTS.latin.flat().filter((k) => /\p{L}/u.test(k));
    expect([...letters].sort()).toEqual([...'abcdefghijklmnopqrstuvwxyz']);
  });
});
