import { z } from 'zod';

export const HANDOFF_INITIATE = 'handoff.initiate';
export const HANDOFF_STATUS = 'handoff.status';

/** The value of a `handoff.status` event (EventFactory.createHandoffStatus) sent by the agent hub. */
export const handoffStatusSchema = z.object({
  state: z.enum(['accepted', 'failed', 'completed']),
  message: z.string().optional(),
});
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;
