import {
  SOFIA_CONTENT,
  walkthroughContentSchema,
  type CitizenHelpdeskStateDto,
  type HelpdeskContent,
} from '@hub/contract';
import type { Db } from '../db/client.ts';
import { toWalkthroughDto } from './walkthroughs.ts';

/**
 * Whether the conversation may be rated now: the latest handoff was closed by a person and no rating came
 * since.
 */
export async function ratingState(
  db: Db,
  conversationId: string,
): Promise<{ closed: false } | { closed: true; rated: boolean; serviceSlug: string | null }> {
  const handoff = await db.handoffRequest.findFirst({
    where: { conversationId },
    orderBy: { createdAt: 'desc' },
  });
  if (handoff?.state !== 'resolved') return { closed: false };
  const rated = await db.feedback.findFirst({
    where: { conversationId, createdAt: { gte: handoff.updatedAt } },
    select: { id: true },
  });
  return { closed: true, rated: Boolean(rated), serviceSlug: handoff.serviceSlug ?? null };
}

/** The help-desk parts of a citizen's conversation the widget restores after a reload (ownership checked by the caller). */
export async function citizenHelpdeskState(db: Db, conversationId: string): Promise<CitizenHelpdeskStateDto> {
  const rows = await db.helpdeskWalkthrough.findMany({
    where: { conversationId },
    orderBy: { createdAt: 'asc' },
    take: 50,
  });
  const contents = await db.helpdeskContent.findMany({
    where: { messageId: { in: rows.map((r) => r.messageId) } },
  });
  const byMessage = new Map(contents.map((c) => [c.messageId, c]));
  const walkthroughs: CitizenHelpdeskStateDto['walkthroughs'] = [];
  for (const row of rows) {
    const stored = byMessage.get(row.messageId);
    if (stored?.contentType !== SOFIA_CONTENT.walkthrough) continue;
    const data = walkthroughContentSchema.safeParse(safeJson(stored.data));
    if (!data.success) continue;
    const content: HelpdeskContent = { contentType: SOFIA_CONTENT.walkthrough, data: data.data };
    walkthroughs.push({ walkthrough: toWalkthroughDto(row), content });
  }

  let csat: CitizenHelpdeskStateDto['csat'] = null;
  const rating = await ratingState(db, conversationId);
  if (rating.closed && !rating.rated) {
    const prompt = await db.helpdeskContent.findFirst({
      where: { conversationId, contentType: SOFIA_CONTENT.csatRequest },
      orderBy: { createdAt: 'desc' },
      select: { messageId: true },
    });
    if (prompt) csat = { conversationId, messageId: prompt.messageId };
  }
  return { walkthroughs, csat };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
