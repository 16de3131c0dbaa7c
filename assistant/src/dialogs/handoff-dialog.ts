import { EventFactory } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Availability, HandoffContext, HandoffReason } from '../bot/deps.ts';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { toHandoffTranscript } from '../handoff/transcript.ts';
import { estimateWait } from '../handoff/wait-estimate.ts';
import { isWithinWorkingHours } from '../hours/working-hours.ts';
import { DialogIds } from './ids.ts';
import { ReplyDialog, type NextDialog } from './reply-dialog.ts';

export interface HandoffOptions {
  reason: HandoffReason;
}

/**
 * Hands the conversation to the help desk with Bot Framework's `handoff.initiate` event (masked transcript and
 * context). From then on the bot stays silent until a `handoff.status` completed/failed arrives. Outside staff
 * hours, or when nobody is online, it offers a call-back instead.
 */
export class HandoffDialog extends ReplyDialog<HandoffOptions> {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.handoff);
  }

  protected async reply(dc: DialogContext, options?: HandoffOptions): Promise<NextDialog | void> {
    const turn = getTurn(dc.context);
    const { data, t } = turn;
    const reason = options?.reason ?? 'requested';
    const now = this.services.clock.now();
    if (!isWithinWorkingHours(this.services.hours, now))
      return { id: DialogIds.callback, options: { reason: 'offHours' } };
    const availability = await this.availability(turn.ref.conversationId);
    if (availability && availability.agentsOnline === 0)
      return { id: DialogIds.callback, options: { reason: 'noAgents' } };

    const context: HandoffContext = { ...turn.ref, reason, slug: data.currentSlug, district: data.district };
    const transcript = [...data.transcript];
    data.handoff = { since: now.toISOString(), reason };
    await dc.context.sendActivity(
      EventFactory.createHandoffInitiation(
        dc.context,
        context,
        toHandoffTranscript(transcript, turn.ref.conversationId),
      ),
    );
    await this.services.events.handoffRequested({ ...context, transcript });
    const lines = [t('handoff.connecting')];
    if (availability)
      lines.push(t('handoff.queue', estimateWait(availability, this.services.minutesPerConversation)));
    await dc.context.sendActivity(lines.join(' '));
    this.services.logger.info('assistant.handoff_initiated', {
      conversationId: turn.ref.conversationId,
      reason,
    });
  }

  private async availability(conversationId: string): Promise<Availability | undefined> {
    if (!this.services.availability) return undefined;
    try {
      return await this.services.availability();
    } catch {
      this.services.logger.warn('assistant.availability_failed', { conversationId });
      return undefined;
    }
  }
}
