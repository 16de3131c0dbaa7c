import { randomUUID } from 'node:crypto';
import { citizenHelpdeskStateSchema, csatSubmitSchema, maskText, walkthroughTickSchema } from '@hub/contract';
import { findConversation } from '../conversations/store.ts';
import { AckError, conversationRoom, handle, parse, STAFF_ROOM } from '../realtime/socket-kit.ts';
import { citizenHelpdeskState, ratingState } from './citizen-state.ts';
import type { HelpdeskContext } from './context.ts';
import { tickStep } from './walkthroughs.ts';

/** Citizen events: ticking a walkthrough step, rating a closed conversation, reading both back after a reload. */
export function registerCitizenHandlers(ctx: HelpdeskContext, citizenId: string): void {
  const { io, socket, db, logger } = ctx;
  const owns = async (conversationId: string) =>
    (await findConversation(db, conversationId))?.citizenId === citizenId;

  socket.on(
    'walkthrough.tick',
    handle(logger, 'walkthrough.tick', async (payload) => {
      const input = parse(walkthroughTickSchema, payload);
      const walkthrough = await tickStep(db, { ...input, allowedConversation: owns });
      if (!walkthrough) throw new AckError({ code: 'not_found', message: 'no such walkthrough step' });
      io.to(conversationRoom(walkthrough.conversationId)).emit('walkthrough.progressed', walkthrough);
      return { walkthrough };
    }),
  );

  socket.on(
    'conversation.helpdesk_state',
    handle(logger, 'conversation.helpdesk_state', async (payload) => {
      const input = parse(citizenHelpdeskStateSchema, payload);
      if (!(await owns(input.conversationId)))
        throw new AckError({ code: 'not_found', message: 'no such conversation' });
      return citizenHelpdeskState(db, input.conversationId);
    }),
  );

  socket.on(
    'csat.submit',
    handle(logger, 'csat.submit', async (payload) => {
      const input = parse(csatSubmitSchema, payload);
      const conversation = await findConversation(db, input.conversationId);
      if (!conversation || conversation.citizenId !== citizenId)
        throw new AckError({ code: 'not_found', message: 'no such conversation' });
      // Rated once a person closed the handoff (the bot may have taken the conversation back since).
      const rating = await ratingState(db, conversation.id);
      if (!rating.closed)
        throw new AckError({
          code: 'conflict',
          message: 'you can rate the conversation once an agent closed it',
        });
      if (rating.rated)
        throw new AckError({ code: 'conflict', message: 'this conversation was already rated' });
      await db.feedback.create({
        data: {
          id: randomUUID(),
          conversationId: conversation.id,
          serviceSlug: rating.serviceSlug,
          channel: conversation.channel,
          lang: conversation.lang,
          rating: input.rating,
          comment: input.comment ? maskText(input.comment) : null,
        },
      });
      io.to(STAFF_ROOM).emit('csat.submitted', { conversationId: conversation.id, rating: input.rating });
      return { stored: true as const };
    }),
  );
}
