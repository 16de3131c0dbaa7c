import type { MyDataErased } from '@hub/contract';
import { el } from '../dom.ts';
import type { T, WidgetLang } from '../i18n.ts';

export interface MyDataOptions {
  hub: string;
  lang: WidgetLang;
  t: T;
  /** The citizen's conversation token, if the chat has one yet. */
  token(): string | undefined;
  /** Called after the server deleted the conversation: clear what the widget shows and holds. */
  erased(): void;
}

/**
 * "Your data": a disclosure under the chat with the privacy notice link, "Download the conversation"
 * (a text file) and "Delete the conversation" (asks once more). Talks to POST /api/my-data/{export,erase}.
 */
export function myDataControls(options: MyDataOptions) {
  const { t, hub, lang } = options;
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'hubchat-linkbutton',
      'aria-expanded': 'false',
      'aria-controls': 'hubchat-mydata',
    },
    t('myData'),
  );
  const download = el('button', { type: 'button', class: 'hubchat-secondary' }, t('myDataDownload'));
  const remove = el('button', { type: 'button', class: 'hubchat-warning' }, t('myDataDelete'));
  const question = el('p', {
    id: 'hubchat-mydata-confirm',
    class: 'hubchat-mydata__confirm',
    tabindex: '-1',
  });
  const yes = el('button', { type: 'button', class: 'hubchat-warning' }, t('myDataConfirmYes'));
  const no = el('button', { type: 'button', class: 'hubchat-secondary' }, t('myDataConfirmNo'));
  const confirm = el(
    'div',
    {
      class: 'hubchat-mydata__confirmbox',
      role: 'group',
      'aria-labelledby': 'hubchat-mydata-confirm',
      hidden: true,
    },
    question,
    el('div', { class: 'hubchat-mydata__actions' }, yes, no),
  );
  const status = el('p', { class: 'hubchat-mydata__status', role: 'status' });
  const privacyHref = `${hub}${lang === 'en' ? '/en' : ''}/privacy`;
  const region = el(
    'div',
    { id: 'hubchat-mydata', class: 'hubchat-mydata', hidden: true },
    el(
      'p',
      { class: 'hubchat-mydata__text' },
      t('myDataText'),
      ' ',
      el(
        'a',
        { href: privacyHref, target: '_blank', rel: 'noopener' },
        t('myDataNotice'),
        el('span', { class: 'hubchat-visually-hidden' }, ` ${t('opensInNewTab')}`),
      ),
    ),
    el('div', { class: 'hubchat-mydata__actions' }, download, remove),
    confirm,
    status,
  );
  const root = el('div', { class: 'hubchat-mydata-slot' }, toggle, region);

  const say = (text: string) => {
    status.textContent = text;
  };
  const post = (path: string, body: object) =>
    fetch(`${hub}/api/my-data/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  toggle.addEventListener('click', () => {
    const open = region.hidden;
    region.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open) showConfirm(false);
  });

  download.addEventListener('click', async () => {
    const citizenToken = options.token();
    if (!citizenToken) return say(t('myDataNothing'));
    say(t('myDataWorking'));
    try {
      const res = await post('export', { citizenToken, format: 'text', lang });
      if (!res.ok) throw new Error(String(res.status));
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      const url = URL.createObjectURL(await res.blob());
      const link = el('a', { href: url, download: name ?? 'conversation.txt', hidden: true });
      root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(t('myDataDownloaded'));
    } catch {
      say(t('myDataFailed'));
    }
  });

  function showConfirm(show: boolean): void {
    confirm.hidden = !show;
    remove.hidden = show;
    if (show) {
      question.textContent = t('myDataConfirm');
      question.focus();
    }
  }
  remove.addEventListener('click', () => {
    say('');
    showConfirm(true);
  });
  no.addEventListener('click', () => {
    showConfirm(false);
    remove.focus();
  });
  yes.addEventListener('click', async () => {
    const citizenToken = options.token();
    showConfirm(false);
    if (!citizenToken) return say(t('myDataNothing'));
    say(t('myDataWorking'));
    try {
      const res = await post('erase', { citizenToken, confirm: true });
      if (!res.ok) throw new Error(String(res.status));
      (await res.json()) as MyDataErased;
      options.erased();
      say(t('myDataDeleted'));
      toggle.focus();
    } catch {
      say(t('myDataFailed'));
    }
  });

  return { root };
}
