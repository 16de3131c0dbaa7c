import type { MessageDto } from '@hub/contract';
import { el } from '../dom.ts';
import type { T } from '../i18n.ts';
import { card, type OnAction } from './card.ts';
import { richText } from './text.ts';

const AUTHOR = { citizen: 'you', bot: 'bot', agent: 'agent', system: 'system' } as const;

/** One message in the log: who said it (for screen readers), its text, then its cards. */
export function messageItem(message: MessageDto, t: T, base: string, onAction: OnAction): HTMLLIElement {
  const mine = message.authorKind === 'citizen';
  const item = el('li', {
    class: `hubchat-msg hubchat-msg--${message.authorKind}`,
    'data-seq': String(message.seq),
    'data-id': message.id,
  });
  item.append(
    el(
      'span',
      { class: mine ? 'hubchat-visually-hidden' : 'hubchat-msg__author' },
      `${t(AUTHOR[message.authorKind])}:`,
    ),
  );
  const attachments = message.content?.attachments ?? [];
  const text = attachments.length ? (message.content?.text ?? '') : message.body;
  const bubble = el('div', { class: 'hubchat-msg__bubble' });
  if (text) bubble.append(richText(text, t, base));
  for (const a of attachments) bubble.append(card(a, t, base, onAction));
  item.append(bubble);
  return item;
}

/** The words a screen reader announces for a new message from the bot or an agent. */
export function announcement(message: MessageDto, t: T): string {
  const first = message.content?.attachments?.[0];
  const title =
    first?.contentType === 'application/vnd.microsoft.card.hero' ? first.content.title : undefined;
  const text = message.content?.attachments?.length
    ? [message.content.text, title].filter(Boolean).join(' ')
    : message.body;
  return `${t(AUTHOR[message.authorKind])}: ${text ?? ''}`.slice(0, 400);
}
