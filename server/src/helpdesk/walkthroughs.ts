import { randomUUID } from 'node:crypto';
import {
  HERO_CARD,
  SOFIA_CONTENT,
  type HelpdeskContent,
  type MessageDto,
  type WalkthroughDto,
} from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import type { Db } from '../db/client.ts';
import { citizenText } from './citizen-texts.ts';
import { guidePath, walkthroughSteps } from './guidance.ts';
import { postMessage } from './messages.ts';

interface Row {
  id: string;
  conversationId: string;
  messageId: string;
  serviceSlug: string;
  stepCount: number;
  done: string;
  updatedAt: Date;
}

export function toWalkthroughDto(row: Row): WalkthroughDto {
  const done = (JSON.parse(row.done) as number[]).sort((a, b) => a - b);
  let current = 0;
  while (done.includes(current)) current += 1;
  return {
    id: row.id,
    conversationId: row.conversationId,
    messageId: row.messageId,
    slug: row.serviceSlug,
    stepCount: row.stepCount,
    done,
    current: Math.min(current, row.stepCount),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Sends a guide's steps as a checklist message the citizen ticks. */
export async function startWalkthrough(
  db: Db,
  kb: KnowledgeBase,
  input: { conversationId: string; slug: string; lang: string },
): Promise<{ message: MessageDto; walkthrough: WalkthroughDto; content: HelpdeskContent }> {
  const { title, steps } = walkthroughSteps(kb, input.slug, input.lang);
  const walkthroughId = randomUUID();
  const content: HelpdeskContent = {
    contentType: SOFIA_CONTENT.walkthrough,
    data: { walkthroughId, slug: input.slug, guideTitle: title, steps },
  };
  const lines = steps.map((s, i) => `☐ ${i + 1}. ${s.title}`).join('\n');
  const message = await postMessage(db, {
    conversationId: input.conversationId,
    authorKind: 'agent',
    body: `${citizenText('walkthrough', input.lang)}\n${title}\n${lines}`,
    content,
    card: {
      contentType: HERO_CARD,
      content: {
        title,
        text: lines,
        buttons: [{ type: 'openUrl', title: title.slice(0, 200), value: guidePath(input.slug, input.lang) }],
      },
    },
  });
  const row = await db.helpdeskWalkthrough.create({
    data: {
      id: walkthroughId,
      conversationId: input.conversationId,
      messageId: message.id,
      serviceSlug: input.slug,
      stepCount: steps.length,
    },
  });
  return { message, walkthrough: toWalkthroughDto(row), content };
}

/** The citizen ticks or unticks a step. Returns null when the walkthrough is not in their conversation. */
export async function tickStep(
  db: Db,
  input: {
    walkthroughId: string;
    step: number;
    done: boolean;
    allowedConversation: (id: string) => Promise<boolean>;
  },
): Promise<WalkthroughDto | null> {
  return db.$transaction(async (tx) => {
    const row = await tx.helpdeskWalkthrough.findUnique({ where: { id: input.walkthroughId } });
    if (!row || input.step >= row.stepCount || !(await input.allowedConversation(row.conversationId)))
      return null;
    const done = new Set(JSON.parse(row.done) as number[]);
    if (input.done) done.add(input.step);
    else done.delete(input.step);
    const updated = await tx.helpdeskWalkthrough.update({
      where: { id: row.id },
      data: { done: JSON.stringify([...done]) },
    });
    return toWalkthroughDto(updated);
  });
}
