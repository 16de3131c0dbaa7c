import {
  maskPersonalData,
  type ContentDto,
  type ConversationDetailDto,
  type HelpdeskContent,
  type NoteDto,
} from '@hub/contract';
import { messagesAfter } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import { maskedKinds } from '../privacy/stored-text.ts';
import { AckError } from '../realtime/socket-kit.ts';
import { latestHandoffId, queueItem } from './queue.ts';
import { toWalkthroughDto } from './walkthroughs.ts';

export function toNoteDto(
  row: { id: string; conversationId: string; authorId: string; kind: string; body: string; createdAt: Date },
  authorName: string,
): NoteDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    authorId: row.authorId,
    authorName,
    kind: row.kind === 'transfer' ? 'transfer' : 'note',
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Everything the console shows for one conversation: transcript (bot part included), rich contents, notes,
 * walkthroughs. Citizens' personal numbers are detected for a warning, and masked once the case is closed.
 */
export async function conversationDetail(db: Db, conversationId: string): Promise<ConversationDetailDto> {
  const handoffId = await latestHandoffId(db, conversationId);
  const item = handoffId ? await queueItem(db, handoffId) : null;
  if (!item) throw new AckError({ code: 'not_found', message: 'no handed-off conversation with this id' });
  const closed = item.state === 'resolved' || item.state === 'cancelled';
  const found = new Set<string>();
  const messages = (await messagesAfter(db, conversationId, 0, 1000)).map((m) => {
    if (m.authorKind !== 'citizen') return m;
    const masked = maskPersonalData(m.body);
    masked.found.forEach((kind) => found.add(kind));
    // Identifiers are masked before they are stored; the placeholder still means one was typed.
    maskedKinds(m.body).forEach((kind) => found.add(kind));
    return closed ? { ...m, body: masked.text } : m;
  });
  const contents: ContentDto[] = (await db.helpdeskContent.findMany({ where: { conversationId } })).map(
    (c) => ({
      messageId: c.messageId,
      content: { contentType: c.contentType, data: JSON.parse(c.data) } as HelpdeskContent,
    }),
  );
  const noteRows = await db.helpdeskNote.findMany({
    where: { conversationId },
    orderBy: { createdAt: 'asc' },
  });
  const names = await staffNames(
    db,
    noteRows.map((n) => n.authorId),
  );
  const walkthroughs = (
    await db.helpdeskWalkthrough.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } })
  ).map(toWalkthroughDto);
  const feedback = await db.feedback.findFirst({ where: { conversationId }, orderBy: { createdAt: 'desc' } });
  return {
    item,
    messages,
    contents,
    notes: noteRows.map((n) => toNoteDto(n, names.get(n.authorId) ?? '—')),
    walkthroughs,
    personalData: [...found],
    csat: feedback?.rating ?? null,
  };
}

export async function staffNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.staffUser.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
