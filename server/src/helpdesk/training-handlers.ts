import {
  trainingFinishSchema,
  trainingGuideSchema,
  trainingReplySchema,
  trainingStartSchema,
} from '@hub/contract';
import { handle, parse } from '../realtime/socket-kit.ts';
import type { HelpdeskContext } from './context.ts';

/** Practice events: answered to the trainee's own socket only, never broadcast. */
export function registerTrainingHandlers(ctx: HelpdeskContext, traineeId: string): void {
  const { socket, logger, training } = ctx;
  socket.on(
    'training.start',
    handle(logger, 'training.start', async (payload) => {
      const input = parse(trainingStartSchema, payload);
      return training.start(traineeId, input.scenarioId);
    }),
  );
  socket.on(
    'training.reply',
    handle(logger, 'training.reply', async (payload) => {
      const input = parse(trainingReplySchema, payload);
      return training.reply(traineeId, input.sessionId, input.body);
    }),
  );
  socket.on(
    'training.guide',
    handle(logger, 'training.guide', async (payload) => {
      const input = parse(trainingGuideSchema, payload);
      return training.guide(traineeId, input.sessionId, input.slug);
    }),
  );
  socket.on(
    'training.finish',
    handle(logger, 'training.finish', async (payload) => {
      const input = parse(trainingFinishSchema, payload);
      return { session: await training.finish(traineeId, input.sessionId) };
    }),
  );
}
