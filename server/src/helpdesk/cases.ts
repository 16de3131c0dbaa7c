import { randomUUID } from 'node:crypto';
import { AckError } from '../realtime/socket-kit.ts';
import { acceptHandoff, HandoffTakenError } from '../conversations/store.ts';
import type { Db } from '../db/client.ts';
import { storableText } from '../privacy/stored-text.ts';

/** How many conversations an agent holds now. */
export function loadOf(db: Db, agentId: string): Promise<number> {
  return db.handoffRequest.count({ where: { state: 'accepted', agentId } });
}

/**
 * Takes a waiting handoff. The state check and change are one conditional update (acceptHandoff), so of two
 * agents who click at once exactly one wins; the other gets `conflict`.
 */
export async function claimCase(
  db: Db,
  input: { handoffId: string; agentId: string; isSupervisor: boolean },
) {
  const existing = await db.helpdeskCase.findUnique({ where: { handoffId: input.handoffId } });
  if (existing?.targetAgentId && existing.targetAgentId !== input.agentId && !input.isSupervisor)
    throw new AckError({ code: 'forbidden', message: 'this conversation was transferred to a colleague' });
  let handoff;
  try {
    handoff = await acceptHandoff(db, { handoffId: input.handoffId, agentId: input.agentId });
  } catch (error) {
    if (error instanceof HandoffTakenError)
      throw new AckError({ code: 'conflict', message: 'a colleague has already taken this conversation' });
    throw error;
  }
  if (!handoff) throw new AckError({ code: 'not_found', message: 'no such handoff' });
  await db.helpdeskCase.upsert({
    where: { handoffId: handoff.id },
    create: { handoffId: handoff.id, conversationId: handoff.conversationId },
    update: { targetAgentId: null },
  });
  return handoff;
}

/** The accepted handoff of a conversation that this agent (or a supervisor) may act on. */
export async function ownedHandoff(db: Db, conversationId: string, agentId: string, isSupervisor: boolean) {
  const handoff = await db.handoffRequest.findFirst({
    where: { conversationId, state: { in: ['accepted', 'requested'] } },
    orderBy: { createdAt: 'desc' },
  });
  if (!handoff) throw new AckError({ code: 'not_found', message: 'no open handoff in this conversation' });
  if (handoff.agentId !== agentId && !isSupervisor)
    throw new AckError({ code: 'forbidden', message: 'the conversation is not yours' });
  return handoff;
}

/** Puts the conversation back in the queue for a colleague or a team, with a note only staff see. */
export async function transferCase(
  db: Db,
  input: {
    handoffId: string;
    conversationId: string;
    fromAgentId: string;
    toAgentId: string | null;
    team: string | null;
    note: string;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.handoffRequest.updateMany({
      where: { id: input.handoffId, state: { in: ['accepted', 'requested'] } },
      data: { state: 'requested', agentId: null },
    });
    if (count === 0) throw new AckError({ code: 'conflict', message: 'the conversation changed meanwhile' });
    await tx.handoffTransition.create({
      data: {
        id: randomUUID(),
        handoffId: input.handoffId,
        fromState: 'accepted',
        toState: 'requested',
        actorId: input.fromAgentId,
      },
    });
    await tx.participant.updateMany({
      where: {
        conversationId: input.conversationId,
        kind: 'agent',
        staffUserId: input.fromAgentId,
        leftAt: null,
      },
      data: { leftAt: new Date() },
    });
    await tx.helpdeskCase.upsert({
      where: { handoffId: input.handoffId },
      create: {
        handoffId: input.handoffId,
        conversationId: input.conversationId,
        team: input.team,
        targetAgentId: input.toAgentId,
        transfers: 1,
      },
      update: { team: input.team, targetAgentId: input.toAgentId, transfers: { increment: 1 } },
    });
    await tx.helpdeskNote.create({
      data: {
        id: randomUUID(),
        conversationId: input.conversationId,
        authorId: input.fromAgentId,
        kind: 'transfer',
        body: storableText(input.note),
      },
    });
  });
}

/** Resolves the handoff and closes the conversation with a resolution code. */
export async function closeCase(
  db: Db,
  input: {
    handoffId: string;
    conversationId: string;
    agentId: string;
    resolution: string;
    fromState: string;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.handoffRequest.updateMany({
      where: { id: input.handoffId, state: input.fromState },
      data: { state: 'resolved' },
    });
    if (count === 0) throw new AckError({ code: 'conflict', message: 'the conversation changed meanwhile' });
    await tx.handoffTransition.create({
      data: {
        id: randomUUID(),
        handoffId: input.handoffId,
        fromState: input.fromState,
        toState: 'resolved',
        actorId: input.agentId,
      },
    });
    await tx.conversation.update({ where: { id: input.conversationId }, data: { status: 'closed' } });
    await tx.participant.updateMany({
      where: { conversationId: input.conversationId, kind: 'agent', leftAt: null },
      data: { leftAt: new Date() },
    });
    const now = new Date();
    await tx.helpdeskCase.upsert({
      where: { handoffId: input.handoffId },
      create: {
        handoffId: input.handoffId,
        conversationId: input.conversationId,
        resolution: input.resolution,
        closedAt: now,
        closedById: input.agentId,
      },
      update: { resolution: input.resolution, closedAt: now, closedById: input.agentId },
    });
  });
}
