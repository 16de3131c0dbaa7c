import { escapeHtml, safeHref, SafeHtml } from './html.ts';

/**
 * Renders the small Markdown subset guides use for "good to know" notes: headings, bullet and numbered lists,
 * paragraphs, **bold** and [links](https://…). Guides contain no HTML, so every character is escaped first;
 * headings start at h2 because the page owns the only h1.
 */
export function renderMarkdown(source: string): SafeHtml {
  const out: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  let paragraph: string[] = [];

  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };

  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      const level = Math.min(6, Math.max(2, heading[1]!.length));
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (bullet || numbered) {
      flushParagraph();
      const tag = bullet ? 'ul' : 'ol';
      if (list?.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list && /^\s/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return new SafeHtml(out.join('\n'));
}

/** Splits off a leading heading so the page can use it as a section title (and list it in the contents). */
export function splitLeadingHeading(source: string): { heading?: string; rest: string } {
  const match = /^\s*#{1,6}\s+(.+)\r?\n?/.exec(source);
  if (!match) return { rest: source };
  return { heading: match[1]!.trim(), rest: source.slice(match[0].length) };
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => {
      // The URL was escaped with the rest of the line; unescape to check it, escape again to write it.
      const href = safeHref(url.replace(/&amp;/g, '&'));
      return `<a href="${escapeHtml(href)}">${label}</a>`;
    });
}
