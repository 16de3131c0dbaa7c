import type { CitizenIdentityView } from '@hub/contract';
import type { Connection } from '../connection.ts';
import { el } from '../dom.ts';
import type { WidgetLang } from '../i18n.ts';
import type { Session } from '../session.ts';
import type { Panel } from './panel.ts';
import { identityCard } from './identity-card.ts';
import { identityTranslator } from './identity-i18n.ts';

/** The fragment a finished login returns with (`#eauth=ok` or `#eauth=<code>`), removed at once. */
export function takeLoginOutcome(win: Window = window): string | undefined {
  const match = /(?:^#|&)eauth=([a-z_]{1,40})/.exec(win.location.hash);
  if (!match) return undefined;
  win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
  return match[1];
}

/** Where eAuth sends the citizen back: this page when the hub serves it, else the hub's home page. */
function returnPath(hub: string): string {
  return window.location.origin === hub ? window.location.pathname + window.location.search : '/';
}

/**
 * Step-up identity in the chat: shows the sign-in card when the assistant or an agent asks, the consent
 * question after the login, and what staff see. Hooks onto the widget's connection; owns one log item.
 */
export function mountIdentity(options: {
  ui: Panel;
  connection: Connection;
  session: Session;
  hub: string;
  lang: WidgetLang;
  /** The outcome of a login that just came back (from takeLoginOutcome). */
  outcome?: string | undefined;
}): { refresh(): void } {
  const { ui, connection, session, hub, lang } = options;
  const t = identityTranslator(lang);
  let item: HTMLElement | undefined;
  let dismissed: string | undefined;
  let listening = false;

  const say = (text: string) => {
    ui.live.append(el('p', {}, text));
    while (ui.live.childNodes.length > 3) ui.live.firstChild?.remove();
  };

  function notice(text: string, kind: string): void {
    const note = el(
      'li',
      { class: 'hubchat-msg hubchat-msg--system hubchat-identity', 'data-identity-outcome': kind },
      el('p', { class: 'hubchat-identity__note', role: 'status' }, text),
    );
    ui.log.append(note);
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function render(view: CitizenIdentityView): void {
    const key = `${view.state}:${view.request?.level ?? ''}`;
    const next =
      dismissed === key
        ? undefined
        : identityCard(
            view,
            t,
            {
              action: `${hub}/eauth/login`,
              fields: {
                purpose: 'citizen',
                returnPath: returnPath(hub),
                conversationId: view.conversationId,
                level: view.request?.level ?? 'SUBSTANTIAL',
                lang,
                citizenToken: session.read().token ?? '',
              },
            },
            {
              notNow() {
                dismissed = key;
                item?.remove();
                item = undefined;
                notice(t('notNowDone'), 'not_now');
              },
              consent(share) {
                connection
                  .withSocket(async (s, conversationId) => {
                    const res = await s.emitWithAck('identity.consent', { conversationId, share });
                    if (!res.ok) throw new Error(res.error.code);
                    return res.data;
                  })
                  .then(render, () => {
                    notice(t('failed'), 'failed');
                    refresh(); // a fresh card, its buttons ready again
                  });
              },
            },
          );
    const changed = item?.dataset.identity !== next?.dataset.identity;
    // The button pressed goes away with its card: the focus moves to what replaced it, not to the page.
    const hadFocus = Boolean(item?.contains(document.activeElement));
    item?.remove();
    item = next;
    if (!next) return;
    ui.log.append(next);
    ui.log.scrollTop = ui.log.scrollHeight;
    if (hadFocus) next.querySelector<HTMLElement>('button, [tabindex="-1"]')?.focus();
    if (changed) say(next.textContent ?? '');
  }

  function refresh(): void {
    connection
      .withSocket(async (s, conversationId) => {
        if (!listening) {
          listening = true;
          s.on('identity.updated', (view) => {
            if (view.conversationId === conversationId) render(view);
          });
          s.on('connect', refresh);
        }
        const res = await s.emitWithAck('identity.status', { conversationId });
        if (!res.ok) throw new Error(res.error.code);
        return res.data as CitizenIdentityView;
      })
      .then(render, () => undefined);
  }

  if (options.outcome) {
    const outcome = options.outcome;
    const text =
      outcome === 'ok'
        ? t('outcome.ok')
        : outcome === 'login_cancelled'
          ? t('outcome.login_cancelled')
          : t('outcome.failed', { code: outcome });
    connection.connect().then(
      () => notice(text, outcome),
      () => notice(text, outcome),
    );
  }
  return { refresh };
}
