import type { Response } from 'express';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A minimal page; no inline script or style, so it passes the hub's strict CSP. */
export function htmlPage(lang: string, title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>`,
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/** The one-line script that submits an auto-post form; served as a file because CSP forbids inline script. */
export const AUTO_SUBMIT_JS = "document.getElementById('saml-post').submit();\n";

export interface AutoPostOptions {
  lang: string;
  title: string;
  text: string;
  button: string;
  action: string;
  fields: Record<string, string>;
  /** Path of AUTO_SUBMIT_JS on this server. */
  scriptPath: string;
}

/** HTTP-POST binding: a form that submits itself; the visible button covers browsers without script. */
export function autoPostPage(o: AutoPostOptions): string {
  const inputs = Object.entries(o.fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
  return htmlPage(
    o.lang,
    o.title,
    [
      `<h1>${escapeHtml(o.title)}</h1>`,
      `<p>${escapeHtml(o.text)}</p>`,
      `<form id="saml-post" method="post" action="${escapeHtml(o.action)}">`,
      inputs,
      `<button type="submit">${escapeHtml(o.button)}</button>`,
      '</form>',
      `<script src="${escapeHtml(o.scriptPath)}"></script>`,
    ].join('\n'),
  );
}

/**
 * The hub's CSP allows forms to post only to itself; an auto-post page must also reach `action`'s
 * origin (eAuth, or the ACS for the test IdP). Nothing here may be cached.
 */
export function sendAutoPost(res: Response, html: string, action: string): void {
  const target = new URL(action).origin;
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; form-action 'self' ${target}; base-uri 'none'; frame-ancestors 'none'`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.type('html').send(html);
}
