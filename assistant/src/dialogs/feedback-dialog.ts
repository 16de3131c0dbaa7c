import type { DialogContext } from 'botbuilder-dialogs';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { DialogIds } from './ids.ts';
import { ReplyDialog } from './reply-dialog.ts';
import { withSuggestions } from './suggestions.ts';

/** Thumbs up/down on an answer card, recorded for the analytics. */
export class FeedbackDialog extends ReplyDialog {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.feedback);
  }

  protected async reply(dc: DialogContext): Promise<void> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    if (intent.name !== 'feedback') return;
    if (!this.services.kb.getService(intent.slug)) return;
    await this.services.events.feedback({ ...turn.ref, slug: intent.slug, vote: intent.vote });
    await dc.context.sendActivity(
      intent.vote === 'up'
        ? turn.t('feedback.up')
        : withSuggestions(turn.t('feedback.down'), [turn.t('actions.talkToPerson')]),
    );
  }
}
