import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeHref, SafeHtml } from './html.ts';

// An alias, so the formatter leaves these templates' exact whitespace alone.
const render = html;

describe('html template', () => {
  it('escapes interpolated text, including attribute quotes', () => {
    const title = `<img src=x onerror=alert(1)> "quoted" 'single' & more`;
    expect(render`<p title="${title}">${title}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39; &amp; more">' +
        '&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39; &amp; more</p>',
    );
  });

  it('keeps nested SafeHtml, joins lists and drops empty values', () => {
    const items = ['a<b', 'c'].map((x) => render`<li>${x}</li>`);
    expect(render`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    );
  });

  it('treats SafeHtml as already escaped', () => {
    expect(render`${new SafeHtml('<b>ok</b>')}`.value).toBe('<b>ok</b>');
    expect(escapeHtml('<b>')).toBe('&lt;b&gt;');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://usl.sofia.bg/ePortal', 'https://usl.sofia.bg/ePortal'],
    ['mailto:info@sofia.bg', 'mailto:info@sofia.bg'],
    ['/services/x', '/services/x'],
    ['javascript:alert(1)', '#'],
    ['data:text/html,hi', '#'],
    ['//evil.example', '#'],
    ['not a url', '#'],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
