import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './text-measure.ts';

describe('text measuring', () => {
  it('wraps so that no line is wider than the box', () => {
    const text = 'Удостоверение за наследници се иска от центъра за административно обслужване на района';
    const lines = wrapText(text, 50, 600, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 50, true)).toBeLessThanOrEqual(600);
    expect(lines.join(' ')).toBe(text);
  });

  it('shrinks the font until the text fits the line budget, and marks a cut', () => {
    const fitted = fitText('Регистрация на настоящ адрес', {
      maxWidth: 700,
      maxLines: 1,
      largest: 80,
      smallest: 20,
    });
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.fontSize).toBeLessThan(80);
    const cut = fitText('дума '.repeat(100), { maxWidth: 300, maxLines: 2, largest: 40, smallest: 30 });
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]?.endsWith('…')).toBe(true);
  });
});
