import { SafeHtml } from '../html.ts';

/** Decorative inline SVGs (hidden from assistive technology; the text beside them carries the meaning). */
export const icons = {
  search: new SafeHtml(
    '<svg class="icon" aria-hidden="true" focusable="false" width="24" height="24" viewBox="0 0 24 24">' +
      '<circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="3"/>' +
      '<path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="3" stroke-linecap="round"/></svg>',
  ),
  arrow: new SafeHtml(
    '<svg class="icon icon--arrow" aria-hidden="true" focusable="false" width="18" height="20" viewBox="0 0 33 40">' +
      '<path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>',
  ),
  crest: new SafeHtml(
    '<svg class="site-header__crest" aria-hidden="true" focusable="false" width="32" height="36" viewBox="0 0 32 36">' +
      '<path d="M2 2h28v14c0 9-6.2 15.4-14 18C8.2 31.4 2 25 2 16z" fill="#fff"/>' +
      '<path d="M6 6h20v10c0 6.6-4.3 11.3-10 13.6C10.3 27.3 6 22.6 6 16z" fill="#0b3a66"/>' +
      '<path d="M10 22l6-12 6 12z" fill="#f4c542"/></svg>',
  ),
};
