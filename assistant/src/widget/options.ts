import type { WidgetLang } from './i18n.ts';

export interface WidgetOptions {
  /** Origin of the hub (socket.io, citizen tokens). */
  hub: string;
  lang: WidgetLang;
}

/** `<script src=".../apps/widget/widget.js" data-hub="https://hub" data-lang="bg">`: the hub defaults to the script's origin. */
export function readOptions(script: HTMLScriptElement | null, doc: Document): WidgetOptions {
  const src = script?.src ? new URL(script.src, doc.baseURI) : new URL(doc.baseURI);
  const hub = script?.dataset.hub ? new URL(script.dataset.hub, doc.baseURI).origin : src.origin;
  const requested = (script?.dataset.lang ?? doc.documentElement.lang ?? 'bg').slice(0, 2).toLowerCase();
  return { hub, lang: requested === 'en' ? 'en' : 'bg' };
}

/** The stylesheet beside the script (CSP-friendly: a file, no inline styles). */
export function stylesheetUrl(script: HTMLScriptElement | null, hub: string): string {
  return script?.src ? new URL('widget.css', script.src).href : `${hub}/apps/widget/widget.css`;
}
