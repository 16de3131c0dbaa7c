import {
  claimSchema,
  closeSchema,
  guideSendSchema,
  noteAddSchema,
  openSchema,
  presenceSetSchema,
  queueListSchema,
  SOFIA_CONTENT,
  transferSchema,
  walkthroughStartSchema,
} from '@hub/contract';
import { randomUUID } from 'node:crypto';
import { notifyHandoffStatus } from '../bot-host/index.ts';
import { findConversation } from '../conversations/store.ts';
import { safeError } from '../logger.ts';
import { AckError, conversationRoom, handle, parse, STAFF_ROOM } from '../realtime/socket-kit.ts';
import { storableText } from '../privacy/stored-text.ts';
import { roleAllows } from '../staff/roles.ts';
import { agentDto, listAgents } from './agents.ts';
import { auditHelpdesk } from './audit.ts';
import { claimCase, closeCase, loadOf, ownedHandoff, transferCase } from './cases.ts';
import { citizenText } from './citizen-texts.ts';
import { agentRoom, type HelpdeskContext } from './context.ts';
import { conversationDetail, staffNames, toNoteDto } from './detail.ts';
import { buildGuidance } from './guidance.ts';
import { postMessage } from './messages.ts';
import { listQueue, queueCounts, queueItem } from './queue.ts';
import { startWalkthrough } from './walkthroughs.ts';

/** Console events: presence, queue, claim, open, notes, guidance, transfer, close. Staff with the agent role. */
export function registerAgentHandlers(ctx: HelpdeskContext, agentId: string, role: string): void {
  const { io, socket, db, logger, deps, presence } = ctx;
  const supervisor = roleAllows(role, 'supervisor');
  const limit = deps.maxConversationsPerAgent;
  const on = socket.on.bind(socket) as (event: string, fn: (p: unknown, ack: never) => void) => void;
  const route = <T>(event: string, fn: (payload: unknown) => Promise<T>) =>
    on(event, handle(logger, event, fn));

  async function announcePresence() {
    const dto = await agentDto(db, presence, agentId, limit);
    if (dto) io.to(STAFF_ROOM).emit('presence.changed', dto);
  }

  async function conversationOf(conversationId: string) {
    const conversation = await findConversation(db, conversationId);
    if (!conversation) throw new AckError({ code: 'not_found', message: 'no such conversation' });
    return conversation;
  }

  route('helpdesk.presence.set', async (payload) => {
    const { status } = parse(presenceSetSchema, payload);
    presence.set(agentId, status);
    await announcePresence();
    const agent = await agentDto(db, presence, agentId, limit);
    return { agent: agent! };
  });

  route('helpdesk.agents.list', async () => ({ agents: await listAgents(db, presence, limit) }));

  route('helpdesk.queue.list', async (payload) => {
    const input = parse(queueListSchema, payload);
    const items = await listQueue(db, input.view, {
      agentId: input.mine ? agentId : null,
      limit: input.limit,
    });
    return { items, counts: await queueCounts(db, agentId) };
  });

  route('helpdesk.claim', async (payload) => {
    const { handoffId } = parse(claimSchema, payload);
    if (presence.statusOf(agentId) !== 'available')
      throw new AckError({ code: 'conflict', message: 'set yourself available to take conversations' });
    if ((await loadOf(db, agentId)) >= limit)
      throw new AckError({ code: 'conflict', message: `you already have ${limit} conversations` });
    const handoff = await claimCase(db, { handoffId, agentId, isSupervisor: supervisor });
    await auditHelpdesk(db, {
      actorId: agentId,
      action: 'helpdesk.claimed',
      targetType: 'handoff',
      targetId: handoff.id,
    });
    await io.in(agentRoom(agentId)).socketsJoin(conversationRoom(handoff.conversationId));
    io.to(STAFF_ROOM).to(conversationRoom(handoff.conversationId)).emit('handoff.accepted', handoff);
    io.to(STAFF_ROOM).emit('queue.changed', { conversationId: handoff.conversationId, reason: 'claimed' });
    await announcePresence();
    void notifyHandoffStatus(io, handoff.conversationId, 'accepted').catch(() => undefined);
    return { item: (await queueItem(db, handoff.id))! };
  });

  route('helpdesk.open', async (payload) => {
    const { conversationId } = parse(openSchema, payload);
    const detail = await conversationDetail(db, conversationId);
    // Watching a conversation (also a colleague's, for supervision) means hearing its live messages.
    await socket.join(conversationRoom(conversationId));
    return detail;
  });

  route('helpdesk.note.add', async (payload) => {
    const input = parse(noteAddSchema, payload);
    await conversationOf(input.conversationId);
    const row = await db.helpdeskNote.create({
      data: {
        id: randomUUID(),
        conversationId: input.conversationId,
        authorId: agentId,
        body: storableText(input.body),
      },
    });
    const names = await staffNames(db, [agentId]);
    const note = toNoteDto(row, names.get(agentId) ?? '—');
    // Staff room only: citizens are never in it.
    io.to(STAFF_ROOM).emit('note.created', note);
    return { note };
  });

  route('helpdesk.guide.send', async (payload) => {
    const input = parse(guideSendSchema, payload);
    const conversation = await conversationOf(input.conversationId);
    await ownedHandoff(db, conversation.id, agentId, supervisor);
    const guidance = buildGuidance(deps.kb, { ...input, lang: conversation.lang });
    const message = await postMessage(db, {
      conversationId: conversation.id,
      authorKind: 'agent',
      ...guidance,
    });
    io.to(conversationRoom(conversation.id)).emit('message.created', message);
    return { message, content: guidance.content };
  });

  route('helpdesk.walkthrough.start', async (payload) => {
    const input = parse(walkthroughStartSchema, payload);
    const conversation = await conversationOf(input.conversationId);
    await ownedHandoff(db, conversation.id, agentId, supervisor);
    const result = await startWalkthrough(db, deps.kb, { ...input, lang: conversation.lang });
    io.to(conversationRoom(conversation.id)).emit('message.created', result.message);
    io.to(conversationRoom(conversation.id)).emit('walkthrough.started', {
      walkthrough: result.walkthrough,
      content: result.content,
    });
    return result;
  });

  route('helpdesk.transfer', async (payload) => {
    const input = parse(transferSchema, payload);
    const conversation = await conversationOf(input.conversationId);
    const handoff = await ownedHandoff(db, conversation.id, agentId, supervisor);
    const toAgentId = input.to.kind === 'agent' ? input.to.agentId : null;
    const team = input.to.kind === 'team' && input.to.team !== 'all' ? input.to.team : null;
    if (toAgentId === agentId) throw new AckError({ code: 'invalid_request', message: 'choose a colleague' });
    if (toAgentId && !(await db.staffUser.findFirst({ where: { id: toAgentId, active: true } })))
      throw new AckError({ code: 'not_found', message: 'no such colleague' });
    const fromAgentId = handoff.agentId ?? agentId;
    await transferCase(db, {
      handoffId: handoff.id,
      conversationId: conversation.id,
      fromAgentId,
      toAgentId,
      team,
      note: input.note,
    });
    await auditHelpdesk(db, {
      actorId: agentId,
      action: 'helpdesk.transferred',
      targetType: 'handoff',
      targetId: handoff.id,
      detail: { toAgentId, team },
    });
    await io.in(agentRoom(fromAgentId)).socketsLeave(conversationRoom(conversation.id));
    const message = await postMessage(db, {
      conversationId: conversation.id,
      authorKind: 'system',
      body: citizenText('transferred', conversation.lang),
    });
    io.to(conversationRoom(conversation.id)).emit('message.created', message);
    const notes = await db.helpdeskNote.findMany({
      where: { conversationId: conversation.id, kind: 'transfer' },
      orderBy: { createdAt: 'desc' },
      take: 1,
    });
    const names = await staffNames(db, [agentId]);
    if (notes[0]) io.to(STAFF_ROOM).emit('note.created', toNoteDto(notes[0], names.get(agentId) ?? '—'));
    io.to(STAFF_ROOM).emit('conversation.transferred', {
      conversationId: conversation.id,
      fromAgentId,
      toAgentId,
      team,
    });
    io.to(STAFF_ROOM).emit('queue.changed', { conversationId: conversation.id, reason: 'transferred' });
    await announcePresence();
    return { item: (await queueItem(db, handoff.id))! };
  });

  route('helpdesk.close', async (payload) => {
    const input = parse(closeSchema, payload);
    const conversation = await conversationOf(input.conversationId);
    const handoff = await ownedHandoff(db, conversation.id, agentId, supervisor);
    await closeCase(db, {
      handoffId: handoff.id,
      conversationId: conversation.id,
      agentId,
      resolution: input.resolution,
      fromState: handoff.state,
    });
    if (input.note) {
      await db.helpdeskNote.create({
        data: {
          id: randomUUID(),
          conversationId: conversation.id,
          authorId: agentId,
          body: storableText(input.note),
        },
      });
    }
    await auditHelpdesk(db, {
      actorId: agentId,
      action: 'helpdesk.closed',
      targetType: 'handoff',
      targetId: handoff.id,
      detail: { resolution: input.resolution },
    });
    const room = conversationRoom(conversation.id);
    io.to(room).emit('conversation.status_changed', { conversationId: conversation.id, status: 'closed' });
    const csat = await postMessage(db, {
      conversationId: conversation.id,
      authorKind: 'system',
      body: citizenText('csat', conversation.lang),
      content: {
        contentType: SOFIA_CONTENT.csatRequest,
        data: { conversationId: conversation.id, scale: 5 },
      },
    });
    io.to(room).emit('message.created', csat);
    io.to(room).emit('csat.requested', { conversationId: conversation.id, messageId: csat.id });
    io.to(STAFF_ROOM).emit('queue.changed', { conversationId: conversation.id, reason: 'closed' });
    await announcePresence();
    try {
      // The bot takes the conversation back (bot-host); a no-op when the assistant is not running.
      await notifyHandoffStatus(io, conversation.id, 'completed');
    } catch (error) {
      logger.error(
        { error: safeError(error), conversationId: conversation.id },
        'handoff-closed hook failed',
      );
    }
    return { item: (await queueItem(db, handoff.id))! };
  });
}
