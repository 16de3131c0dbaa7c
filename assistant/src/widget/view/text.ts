import { el, safeHref } from '../dom.ts';
import type { T } from '../i18n.ts';

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Plain text with its web addresses as links; everything else stays text. */
export function richText(text: string, t: T, base: string): HTMLElement {
  const p = el('p', { class: 'hubchat-text' });
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    p.append(text.slice(at, match.index));
    p.append(link(match[0], match[0], t, base) ?? match[0]);
    at = match.index + match[0].length;
  }
  p.append(text.slice(at));
  return p;
}

/** A link that opens outside the chat in a new tab, saying so to screen-reader users. */
export function link(
  href: string,
  label: string,
  t: T,
  base: string,
  className?: string,
): HTMLElement | undefined {
  const safe = safeHref(href, base);
  if (!safe) return undefined;
  return el(
    'a',
    { href: safe, target: '_blank', rel: 'noopener noreferrer', class: className },
    label,
    el('span', { class: 'hubchat-visually-hidden' }, ` ${t('opensInNewTab')}`),
  );
}
