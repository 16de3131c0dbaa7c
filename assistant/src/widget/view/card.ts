import type { CardAction, MessageAttachment } from '@hub/contract';
import { el } from '../dom.ts';
import type { T } from '../i18n.ts';
import { link, richText } from './text.ts';

export type PostAction = Exclude<CardAction, { type: 'openUrl' }>;
export type OnAction = (action: PostAction) => void;

function actions(
  list: readonly CardAction[] | undefined,
  t: T,
  base: string,
  onAction: OnAction,
): HTMLElement | undefined {
  if (!list?.length) return undefined;
  const items = list.map((action) => {
    if (action.type === 'openUrl') return link(action.value, action.title, t, base, 'hubchat-card__link');
    return el('button', { type: 'button', class: 'hubchat-card__button' }, action.title);
  });
  const box = el('div', { class: 'hubchat-card__actions' });
  list.forEach((action, i) => {
    const node = items[i];
    if (!node) return;
    if (action.type !== 'openUrl') node.addEventListener('click', () => onAction(action));
    box.append(node);
  });
  return box;
}

/** A hero card or the Adaptive Card subset (text blocks, fact sets, actions), built from text nodes only. */
export function card(attachment: MessageAttachment, t: T, base: string, onAction: OnAction): HTMLElement {
  const box = el('div', { class: 'hubchat-card' });
  if (attachment.contentType === 'application/vnd.microsoft.card.hero') {
    const c = attachment.content;
    if (c.title) box.append(el('h3', { class: 'hubchat-card__title' }, c.title));
    if (c.subtitle) box.append(el('p', { class: 'hubchat-card__subtitle' }, c.subtitle));
    if (c.text) box.append(richText(c.text, t, base));
    const a = actions(c.buttons, t, base, onAction);
    if (a) box.append(a);
    return box;
  }
  const c = attachment.content;
  for (const item of c.body) {
    if (item.type === 'TextBlock') {
      box.append(
        item.weight === 'bolder'
          ? el('h3', { class: 'hubchat-card__title' }, item.text)
          : richText(item.text, t, base),
      );
    } else {
      const dl = el('dl', { class: 'hubchat-facts' });
      for (const fact of item.facts) dl.append(el('dt', {}, fact.title), el('dd', {}, fact.value));
      box.append(dl);
    }
  }
  const a = actions(c.actions, t, base, onAction);
  if (a) box.append(a);
  return box;
}
