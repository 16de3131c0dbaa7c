import { randomUUID } from 'node:crypto';
import type { HelpdeskContent, MessageAttachment, MessageDto } from '@hub/contract';
import { appendMessage } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';

/**
 * Stores a help-desk message. Rich content goes to HelpdeskContent (our vnd.sofia shape) and, as a hero card,
 * into the message's own content column, so channels that only know Bot Framework cards still show it.
 */
export async function postMessage(
  db: Db,
  input: {
    conversationId: string;
    authorKind: 'agent' | 'system';
    body: string;
    content?: HelpdeskContent;
    card?: MessageAttachment;
  },
): Promise<MessageDto> {
  const { message } = await appendMessage(db, {
    conversationId: input.conversationId,
    clientMessageId: `hd-${randomUUID()}`,
    authorKind: input.authorKind,
    body: input.body,
  });
  if (input.content) {
    await db.helpdeskContent.create({
      data: {
        messageId: message.id,
        conversationId: input.conversationId,
        contentType: input.content.contentType,
        data: JSON.stringify(input.content.data),
      },
    });
  }
  if (input.card) {
    const content = { attachments: [input.card] };
    await db.message.update({ where: { id: message.id }, data: { content: JSON.stringify(content) } });
    return { ...message, content };
  }
  return message;
}
