import { describe, expect, it } from 'vitest';
import { renderMarkdown, splitLeadingHeading } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings (never h1), lists and paragraphs', () => {
    const out = renderMarkdown(
      '# Top\n\n## Добре е да знаете\n\n- one\n- **two**\n\n1. first\n2. second\n\nA para\ncontinued.',
    ).value;
    expect(out).toBe(
      [
        '<h2>Top</h2>',
        '<h2>Добре е да знаете</h2>',
        '<ul><li>one</li><li><strong>two</strong></li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<p>A para continued.</p>',
      ].join('\n'),
    );
  });

  it('escapes HTML and refuses script links', () => {
    const out = renderMarkdown(
      '<script>alert(1)</script> [x](javascript:alert(1)) [ok](https://a.bg/?a=1&b=2)',
    ).value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('<a href="#">x</a>');
    expect(out).toContain('<a href="https://a.bg/?a=1&amp;b=2">ok</a>');
  });

  it('splits off a leading heading', () => {
    expect(splitLeadingHeading('## Добре е да знаете\n\n- a')).toEqual({
      heading: 'Добре е да знаете',
      rest: '\n- a',
    });
    expect(splitLeadingHeading('text\n## later')).toEqual({ rest: 'text\n## later' });
  });
});
