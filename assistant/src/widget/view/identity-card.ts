import type { CitizenIdentityView } from '@hub/contract';
import { el } from '../dom.ts';
import type { IdentityT } from './identity-i18n.ts';

export interface SignInForm {
  /** POST target: the hub's /eauth/login. */
  action: string;
  fields: Record<string, string>;
}

export interface IdentityCardHandlers {
  notNow(): void;
  consent(share: boolean): void;
}

const levelName = (t: IdentityT, level: string | null) =>
  level === 'LOW' || level === 'SUBSTANTIAL' || level === 'HIGH' ? t(`level.${level}`) : '';

/**
 * The eAuth card in the conversation: "Sign in with eAuth (level …) — why" as a real form that posts to
 * the hub (same tab; the conversation is kept in storage and rejoined on return), then the consent
 * question, then a one-line note of what staff see. Text nodes only.
 */
export function identityCard(
  view: CitizenIdentityView,
  t: IdentityT,
  form: SignInForm,
  on: IdentityCardHandlers,
): HTMLElement | undefined {
  const box = (state: string, ...children: (Node | string)[]) =>
    el(
      'li',
      { class: `hubchat-msg hubchat-msg--system hubchat-identity`, 'data-identity': state },
      el('div', { class: 'hubchat-card hubchat-identity__card' }, ...children),
    );

  if (view.state === 'requested' && view.request) {
    const fields = el('div', {});
    for (const [name, value] of Object.entries(form.fields))
      fields.append(el('input', { type: 'hidden', name, value }));
    const signIn = el(
      'form',
      { method: 'post', action: form.action, class: 'hubchat-identity__form' },
      fields,
      el('button', { type: 'submit', class: 'hubchat-identity__signin' }, t('signIn')),
    );
    const later = el('button', { type: 'button', class: 'hubchat-card__button' }, t('notNow'));
    later.addEventListener('click', on.notNow);
    return box(
      'requested',
      el('h3', { class: 'hubchat-card__title', id: 'hubchat-identity-title' }, t('title')),
      el('p', {}, t(`reason.${view.request.reason}`)),
      el('p', { class: 'hubchat-identity__level' }, t('level', { level: levelName(t, view.request.level) })),
      el('p', { class: 'hubchat-card__subtitle' }, t('how')),
      el('div', { class: 'hubchat-card__actions' }, signIn, later),
    );
  }

  if (view.state === 'consent') {
    const level = levelName(t, view.level);
    const yes = el('button', { type: 'button', class: 'hubchat-identity__signin' }, t('consentYes'));
    const no = el('button', { type: 'button', class: 'hubchat-card__button' }, t('consentNo'));
    yes.addEventListener('click', () => on.consent(true));
    no.addEventListener('click', () => on.consent(false));
    return box(
      'consent',
      el('h3', { class: 'hubchat-card__title' }, t('consentTitle')),
      el('p', {}, view.name ? t('consentWho', { name: view.name, level }) : t('consentWhoNoName', { level })),
      el('p', { class: 'hubchat-identity__question' }, t('consentQuestion')),
      el('p', { class: 'hubchat-card__subtitle' }, t('consentNote')),
      el('div', { class: 'hubchat-card__actions' }, yes, no),
    );
  }

  if (view.state === 'shared') {
    // The citizen may withdraw the consent at any time: staff then see neither the name nor the verification.
    const stop = el('button', { type: 'button', class: 'hubchat-card__button' }, t('withdraw'));
    // Not disabled while it is sent (that would drop the focus); a second press is ignored.
    let sent = false;
    stop.addEventListener('click', () => {
      if (sent) return;
      sent = true;
      on.consent(false);
    });
    return el(
      'li',
      { class: 'hubchat-msg hubchat-msg--system hubchat-identity', 'data-identity': 'shared' },
      el(
        'div',
        { class: 'hubchat-identity__note' },
        el('p', {}, t('shared', { level: levelName(t, view.level) })),
        el('p', { class: 'hubchat-identity__hint' }, t('withdrawNote')),
        stop,
      ),
    );
  }

  if (view.state === 'not_shared') {
    return el(
      'li',
      { class: 'hubchat-msg hubchat-msg--system hubchat-identity', 'data-identity': 'not_shared' },
      el('p', { class: 'hubchat-identity__note', tabindex: '-1' }, t('notShared')),
    );
  }
  return undefined;
}
