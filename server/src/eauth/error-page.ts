import type { Response } from 'express';
import { httpStatusFor, type EauthErrorCode } from './errors.ts';
import { escapeHtml, htmlPage } from './html.ts';
import { eauthStrings } from './i18n.ts';
import type { Lang } from './login-context.ts';

/**
 * A failed or cancelled login: what went wrong, its code, and the way back to the conversation
 * (the citizen's return path when the request was ours, the home page otherwise).
 */
export function sendErrorPage(
  res: Response,
  o: { code: EauthErrorCode; lang: Lang; returnPath?: string },
): void {
  const s = eauthStrings[o.lang];
  const back = o.returnPath
    ? `<p><a href="${escapeHtml(o.returnPath)}">${escapeHtml(s.page.back)}</a></p>`
    : `<p><a href="/">${escapeHtml(s.page.home)}</a></p>`;
  const body = [
    `<h1>${escapeHtml(s.page.title)}</h1>`,
    `<p role="alert">${escapeHtml(s.errors[o.code])}</p>`,
    `<p>${escapeHtml(s.page.retry)}</p>`,
    back,
    `<p><small>${escapeHtml(s.page.codeLabel)}: <code data-error-code="${o.code}">${o.code}</code></small></p>`,
  ].join('\n');
  res.status(httpStatusFor(o.code));
  res.setHeader('Cache-Control', 'no-store');
  res.type('html').send(htmlPage(o.lang, s.page.title, body));
}
