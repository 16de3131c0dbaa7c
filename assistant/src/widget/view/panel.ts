import { el } from '../dom.ts';
import type { T } from '../i18n.ts';

/** The widget's static frame: a launcher button and a labelled, non-modal chat dialog. */
export function buildPanel(t: T) {
  const launcher = el(
    'button',
    { type: 'button', class: 'hubchat-launcher', 'aria-expanded': 'false', 'aria-controls': 'hubchat-panel' },
    el('span', { class: 'hubchat-launcher__icon', 'aria-hidden': 'true' }),
    t('launcher'),
  );
  const close = el(
    'button',
    { type: 'button', class: 'hubchat-close', 'aria-label': t('close') },
    el('span', { 'aria-hidden': 'true' }, '×'),
  );
  const log = el('ol', { class: 'hubchat-log', 'aria-label': t('log'), tabindex: '0' });
  const status = el('p', { class: 'hubchat-status', role: 'status' });
  const choices = el('div', { class: 'hubchat-choices-slot' });
  const input = el('input', {
    id: 'hubchat-input',
    class: 'hubchat-input',
    type: 'text',
    autocomplete: 'off',
    maxlength: '4000',
    placeholder: t('placeholder'),
  });
  const send = el('button', { type: 'submit', class: 'hubchat-send' }, t('send'));
  const form = el(
    'form',
    { class: 'hubchat-form' },
    el('label', { for: 'hubchat-input', class: 'hubchat-visually-hidden' }, t('inputLabel')),
    input,
    send,
  );
  const live = el('div', { class: 'hubchat-visually-hidden', 'aria-live': 'polite' });
  const panel = el(
    'section',
    {
      id: 'hubchat-panel',
      class: 'hubchat-panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'hubchat-title',
      hidden: true,
    },
    el(
      'header',
      { class: 'hubchat-header' },
      el(
        'div',
        {},
        el('h2', { id: 'hubchat-title', class: 'hubchat-title' }, t('title')),
        el('p', { class: 'hubchat-subtitle' }, t('subtitle')),
      ),
      close,
    ),
    log,
    status,
    choices,
    form,
    el('p', { class: 'hubchat-privacy' }, t('privacy')),
    live,
  );
  const root = el('div', { class: 'hubchat', 'data-open': 'false' }, launcher, panel);
  return { root, launcher, panel, close, log, status, choices, form, input, send, live };
}
export type Panel = ReturnType<typeof buildPanel>;
