/**
 * The citizen assistant (Bot Framework bot) behind the Activity protocol.
 *
 * Hosting it (see server/src/bot-host):
 * - `createAssistant(deps)` once; give `assistant.run` to any BotAdapter (CloudAdapter, the in-process
 *   ConversationAdapter, botbuilder's TestAdapter). Run one turn at a time per conversation.
 * - `deps.storage` is a botbuilder Storage (read/write/delete of JSON items keyed
 *   `<channelId>/conversations/<conversationId>`); everything stored in it is masked.
 * - `deps.events` receives answered / unanswered / feedback / handoffRequested / callbackRequested.
 * - When the bot sends an event activity named `handoff.initiate` (value: HandoffContext, attachment: the masked
 *   Transcript), the host queues the conversation for the help desk. The bot then stays silent until the host
 *   sends it an event activity `{ type: 'event', name: 'handoff.status', value: { state } }` for the same
 *   conversation (EventFactory.createHandoffStatus): `accepted` keeps it silent, `completed`/`failed` resume it.
 */
export { createAssistant, type Assistant } from './bot/create-assistant.ts';
export type {
  AssistantDeps,
  AssistantEvents,
  AssistantKnowledge,
  Availability,
  Clock,
  ConversationRef,
  HandoffContext,
  HandoffReason,
  Logger,
  LogFields,
  TranscriptEntry,
} from './bot/deps.ts';
export { SOFIA_OFFICE_HOURS, isWithinWorkingHours, type WorkingHours } from './hours/working-hours.ts';
export {
  HANDOFF_INITIATE,
  HANDOFF_STATUS,
  handoffStatusSchema,
  type HandoffStatus,
} from './handoff/handoff-status.ts';
export { ConversationAdapter } from './adapter/conversation-adapter.ts';
export { IDENTITY_REQUEST, identityReasonOf, type IdentityRequestValue } from './dialogs/identity-request.ts';
export { slugOf } from './cards/service-activity.ts';
export type { Recognizer, Recognition, Intent } from './recognizers/recognizer.ts';
