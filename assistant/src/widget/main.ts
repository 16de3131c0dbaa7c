import { el } from './dom.ts';
import { readOptions, stylesheetUrl } from './options.ts';
import { mountWidget } from './widget.ts';

/**
 * Entry of widget.js, embeddable on any site:
 *   <script src="https://hub/apps/widget/widget.js" data-hub="https://hub" data-lang="bg" defer></script>
 * It mounts into `[data-slot="chat-widget"]` when the page has one (the directory pages do), else into <body>.
 */
function boot(script: HTMLScriptElement | null): void {
  if (document.querySelector('.hubchat')) return;
  const options = readOptions(script, document);
  document.head.append(el('link', { rel: 'stylesheet', href: stylesheetUrl(script, options.hub) }));
  const slot = document.querySelector<HTMLElement>('[data-slot="chat-widget"]') ?? document.body;
  mountWidget(slot, options);
}

const current = document.currentScript as HTMLScriptElement | null;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => boot(current));
else boot(current);
