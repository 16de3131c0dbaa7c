import {
  Dialog,
  DialogReason,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { extractContact } from '../handoff/contact.ts';
import { describeHours } from '../hours/describe-hours.ts';
import { DialogIds } from './ids.ts';
import { withSuggestions } from './suggestions.ts';

export interface CallbackOptions {
  reason: 'offHours' | 'noAgents' | 'requested';
}

interface CallbackState {
  step: 'consent' | 'contact';
  attempts: number;
}

const MAX_CONTACT_ATTEMPTS = 2;

/**
 * Off-hours alternative to a live handoff: asks for consent first, and only then for a phone or e-mail.
 * The contact goes to events.callbackRequested; the transcript and state keep it masked.
 */
export class CallbackDialog extends Dialog<CallbackOptions> {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.callback);
  }

  override async beginDialog(dc: DialogContext, options?: CallbackOptions): Promise<DialogTurnResult> {
    const { t, lang } = getTurn(dc.context);
    const intro =
      options?.reason === 'offHours'
        ? t('callback.offHours', { hours: describeHours(this.services.hours, lang) })
        : options?.reason === 'noAgents'
          ? t('callback.noAgents')
          : '';
    const text = [intro, t('callback.offer')].filter(Boolean).join(' ');
    await dc.context.sendActivity(withSuggestions(text, [t('actions.yes'), t('actions.no')]));
    this.save(dc, { step: 'consent', attempts: 0 });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const turn = getTurn(dc.context);
    const state = dc.activeDialog?.state as CallbackState;
    const name = turn.recognition.intent.name;
    if (state.step === 'consent') {
      if (name === 'yes') {
        turn.data.awaitingContact = true;
        await dc.context.sendActivity(turn.t('callback.askContact'));
        this.save(dc, { step: 'contact', attempts: 0 });
        return Dialog.EndOfTurn;
      }
      if (name === 'no') {
        await dc.context.sendActivity(turn.t('callback.declined'));
        return dc.endDialog();
      }
      return dc.replaceDialog(DialogIds.router);
    }
    if (name === 'no') {
      await dc.context.sendActivity(turn.t('callback.declined'));
      return dc.endDialog();
    }
    const contact = extractContact(turn.rawText);
    if (!contact) {
      const attempts = state.attempts + 1;
      if (attempts >= MAX_CONTACT_ATTEMPTS) {
        await dc.context.sendActivity(turn.t('callback.gaveUp'));
        return dc.endDialog();
      }
      await dc.context.sendActivity(turn.t('callback.retry'));
      this.save(dc, { step: 'contact', attempts });
      return Dialog.EndOfTurn;
    }
    await this.services.events.callbackRequested({
      ...turn.ref,
      contact,
      slug: turn.data.currentSlug,
      transcript: [...turn.data.transcript],
    });
    this.services.logger.info('assistant.callback_requested', {
      conversationId: turn.ref.conversationId,
      kind: contact.kind,
    });
    await dc.context.sendActivity(turn.t('callback.done'));
    return dc.endDialog();
  }

  override async endDialog(
    context: TurnContext,
    instance: DialogInstance,
    reason: DialogReason,
  ): Promise<void> {
    delete getTurn(context).data.awaitingContact;
    await super.endDialog(context, instance, reason);
  }

  private save(dc: DialogContext, state: CallbackState): void {
    if (dc.activeDialog) dc.activeDialog.state = state;
  }
}
