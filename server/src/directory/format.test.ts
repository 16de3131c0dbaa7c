import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, hostOf } from './format.ts';

describe('format', () => {
  it('formats euro amounts per language', () => {
    expect(formatEuro(2.56, 'bg')).toMatch(/^2,56\s€$/);
    expect(formatEuro(2.56, 'en')).toBe('€2.56');
  });

  it('formats review dates as calendar dates', () => {
    expect(formatDate('2026-11-28', 'bg')).toBe('28 ноември 2026 г.');
    expect(formatDate('2026-11-28', 'en')).toBe('28 November 2026');
    expect(formatDate('not-a-date', 'en')).toBe('not-a-date');
  });

  it('shows the host of a link', () => {
    expect(hostOf('https://usl.sofia.bg/ePortal')).toBe('usl.sofia.bg');
  });
});
