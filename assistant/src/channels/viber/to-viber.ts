import type { CardAction, MessageAttachment, MessageContent } from '@hub/contract';
import { encodeActionBody } from './action-body.ts';

/** A Viber message body without receiver/sender (send_message adds them; a welcome reply adds sender). */
export type ViberMessage = Record<string, unknown> & { type: 'text' | 'rich_media' };

const BRAND = '#0b3a66';
const MAX_ROWS = 7;

/** Viber rich media text understands a little HTML: escape everything that is content. */
function escapeViber(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function button(action: CardAction, columns: number) {
  const base = {
    Columns: columns,
    Rows: 1,
    Text: `<font color="${BRAND}"><b>${escapeViber(action.title)}</b></font>`,
    TextSize: 'regular',
  };
  if (action.type === 'openUrl')
    return { ...base, ActionType: 'open-url', ActionBody: action.value, OpenURLType: 'external' };
  return {
    ...base,
    ActionType: 'reply',
    ActionBody: encodeActionBody(action.value),
    Silent: typeof action.value !== 'string',
  };
}

/** Quick replies as a Viber keyboard (one button per row, the way Viber shows short choices). */
export function keyboard(actions: readonly CardAction[]) {
  return {
    Type: 'keyboard',
    DefaultHeight: false,
    InputFieldState: 'regular',
    Buttons: actions.slice(0, 12).map((a) => ({ ...button(a, 6), BgColor: '#ffffff' })),
  };
}

/** A card as Viber rich media: its title, then its buttons, within Viber's 7 rows. Its text goes as a text message. */
function richMedia(title: string | undefined, buttons: readonly CardAction[]): ViberMessage | undefined {
  const rows = [
    ...(title
      ? [
          {
            Columns: 6,
            Rows: 1,
            ActionType: 'none',
            Text: `<b>${escapeViber(title)}</b>`,
            TextVAlign: 'middle',
          },
        ]
      : []),
    ...buttons.slice(0, MAX_ROWS - (title ? 1 : 0)).map((b) => button(b, 6)),
  ];
  if (!rows.length) return undefined;
  return {
    type: 'rich_media',
    min_api_version: 7,
    rich_media: {
      Type: 'rich_media',
      ButtonsGroupColumns: 6,
      ButtonsGroupRows: rows.length,
      BgColor: '#ffffff',
      Buttons: rows,
    },
  };
}

function cardParts(attachment: MessageAttachment): { title?: string; text: string; buttons: CardAction[] } {
  if (attachment.contentType === 'application/vnd.microsoft.card.hero') {
    const c = attachment.content;
    return {
      title: c.title,
      text: [c.title, c.subtitle, c.text].filter(Boolean).join('\n'),
      buttons: c.buttons ?? [],
    };
  }
  const c = attachment.content;
  const lines = c.body.flatMap((el) =>
    el.type === 'TextBlock' ? [el.text] : el.facts.map((f) => `${f.title}: ${f.value}`),
  );
  return { title: undefined, text: lines.join('\n'), buttons: c.actions ?? [] };
}

/**
 * One hub message as Viber messages: the text (with the card's text), one rich-media message per card for its
 * buttons, and the quick replies as a keyboard on the last message.
 */
export function toViberMessages(body: string, content: MessageContent | undefined): ViberMessage[] {
  const messages: ViberMessage[] = [];
  const attachments = content?.attachments ?? [];
  const cards = attachments.map(cardParts);
  const text = attachments.length
    ? [content?.text, ...cards.map((c) => c.text)].filter(Boolean).join('\n\n')
    : body;
  if (text) messages.push({ type: 'text', text: text.slice(0, 7000) });
  for (const card of cards) {
    const media = richMedia(card.title, card.buttons);
    if (media) messages.push(media);
  }
  const actions = content?.suggestedActions ?? [];
  const last = messages[messages.length - 1];
  if (actions.length && last) last.keyboard = keyboard(actions);
  if (actions.length && last) last.min_api_version = 7;
  return messages;
}
