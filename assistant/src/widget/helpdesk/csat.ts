import { el } from '../dom.ts';
import type { T } from '../i18n.ts';

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The rating prompt after an agent closed the conversation: a radio group 1–5 (a fieldset with a legend), an
 * optional comment and a send button. After sending, the form becomes a thank-you line that takes the focus.
 */
export function csatForm(
  key: string,
  t: T,
  onSubmit: (rating: number, comment: string) => Promise<void>,
  announce: (text: string) => void,
): HTMLElement {
  const id = `hubchat-csat-${key.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const radios = SCALE.map((rating) =>
    el('input', {
      type: 'radio',
      name: id,
      id: `${id}-${rating}`,
      value: String(rating),
      class: 'hubchat-csat__radio',
    }),
  );
  const words: Partial<Record<number, string>> = { 1: t('csatPoor'), 5: t('csatExcellent') };
  const scale = el(
    'div',
    { class: 'hubchat-csat__scale' },
    ...SCALE.map((rating, i) =>
      el(
        'span',
        { class: 'hubchat-csat__option' },
        radios[i]!,
        el(
          'label',
          { for: `${id}-${rating}`, class: 'hubchat-csat__label' },
          el('span', { class: 'hubchat-csat__number' }, String(rating)),
          el('span', { class: 'hubchat-visually-hidden' }, ` ${t('csatOf')}`),
          words[rating] ? el('span', { class: 'hubchat-visually-hidden' }, ' – ') : null,
          words[rating] ? el('span', { class: 'hubchat-csat__word' }, words[rating]) : null,
        ),
      ),
    ),
  );
  const comment = el('textarea', {
    id: `${id}-comment`,
    class: 'hubchat-csat__comment',
    rows: '2',
    maxlength: '1000',
  });
  const error = el('p', { class: 'hubchat-csat__error', id: `${id}-error`, role: 'alert', hidden: true });
  const send = el('button', { type: 'submit', class: 'hubchat-csat__send' }, t('csatSend'));
  const form = el(
    'form',
    { class: 'hubchat-csat', novalidate: true },
    el(
      'fieldset',
      { class: 'hubchat-csat__fieldset' },
      el('legend', { class: 'hubchat-csat__legend' }, t('csatLegend')),
      scale,
    ),
    el('label', { for: `${id}-comment`, class: 'hubchat-csat__comment-label' }, t('csatComment')),
    comment,
    error,
    send,
  );

  function showError(text: string): void {
    error.textContent = text;
    error.hidden = false;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = radios.find((r) => r.checked);
    if (!chosen) {
      showError(t('csatChoose'));
      radios[0]?.focus();
      return;
    }
    const rating = Number(chosen.value);
    send.disabled = true;
    error.hidden = true;
    onSubmit(rating, comment.value.trim()).then(
      () => {
        const thanks = el(
          'p',
          { class: 'hubchat-csat__thanks', tabindex: '-1' },
          t('csatThanks', { rating }),
        );
        form.replaceWith(thanks);
        thanks.focus();
        announce(t('csatThanks', { rating }));
      },
      (reason: unknown) => {
        send.disabled = false;
        const code = (reason as { code?: string } | undefined)?.code;
        showError(t(code === 'conflict' ? 'csatAlready' : 'csatFailed'));
      },
    );
  });
  return form;
}
