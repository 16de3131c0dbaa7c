import { Router } from 'express';

/**
 * /continue#<code>: the page a kiosk's "continue on your phone" QR opens. Its script redeems the single-use code
 * (the code sits in the fragment, so it never reaches a server log or a Referer), stores the fresh citizen token
 * and conversation where the chat widget keeps them (`hub-chat:<origin>` in localStorage), and moves on to the
 * guide page, where the widget opens and rejoins the same conversation.
 */
const TEXT = {
  bg: {
    title: 'Продължаване на телефона',
    working: 'Прехвърляме разговора от киоска…',
    failed: 'Кодът е изтекъл или вече е използван. Сканирайте отново кода на екрана на киоска.',
    home: 'Към началната страница',
  },
  en: {
    title: 'Continue on your phone',
    working: 'Moving your conversation from the kiosk…',
    failed: 'This code has expired or was already used. Scan the code on the kiosk screen again.',
    home: 'Go to the home page',
  },
} as const;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(lang: 'bg' | 'en'): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(t.title)}</title>
<link rel="stylesheet" href="/continue/continue.css">
<script src="/continue/continue.js" defer></script>
</head>
<body>
<main id="main" data-lang="${lang}">
<h1>${escape(t.title)}</h1>
<p id="status" role="status">${escape(t.working)}</p>
<p id="failed" role="alert" hidden>${escape(t.failed)}</p>
<p><a href="${lang === 'en' ? '/en/' : '/'}">${escape(t.home)}</a></p>
</main>
</body>
</html>`;
}

/** Runs in the phone's browser; plain ES2019, no dependencies. */
const SCRIPT = `(function () {
  var main = document.getElementById('main');
  var lang = main.getAttribute('data-lang');
  var code = location.hash.slice(1);
  history.replaceState(null, '', location.pathname + location.search);
  function fail() {
    document.getElementById('status').hidden = true;
    document.getElementById('failed').hidden = false;
  }
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(code)) return fail();
  fetch('/api/kiosk/handover/redeem', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: code }),
    credentials: 'omit',
  })
    .then(function (res) { if (!res.ok) throw new Error(String(res.status)); return res.json(); })
    .then(function (grant) {
      var saved = { token: grant.token, tokenExpiresAt: grant.expiresAt };
      if (grant.conversationId) saved.conversationId = grant.conversationId;
      localStorage.setItem('hub-chat:' + location.origin, JSON.stringify(saved));
      if (grant.conversationId) sessionStorage.setItem('hubchat-open', '1');
      var base = lang === 'en' ? '/en' : '';
      location.replace(grant.serviceSlug ? base + '/services/' + encodeURIComponent(grant.serviceSlug) : base + '/');
    })
    .catch(fail);
})();
`;

const STYLE = `body{margin:0;font:19px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#fff}
main{max-width:36rem;margin:0 auto;padding:24px 16px}
h1{font-size:32px;line-height:1.2;margin:0 0 24px}
a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
[hidden]{display:none}`;

export function continueRouter(): Router {
  const router = Router();
  router.get('/continue', (req, res) => {
    const lang = req.query.lang === 'en' ? 'en' : 'bg';
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(page(lang));
  });
  router.get('/continue/continue.js', (_req, res) => {
    res.type('application/javascript').setHeader('Cache-Control', 'public, max-age=300').send(SCRIPT);
  });
  router.get('/continue/continue.css', (_req, res) => {
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=300').send(STYLE);
  });
  return router;
}
