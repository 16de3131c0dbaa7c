import type { Activity } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { tList, type Translate } from '../i18n/i18n.ts';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn, useLang } from '../bot/turn.ts';
import { answerCard } from '../cards/answer-card.ts';
import { resetTopic } from '../state/conversation-data.ts';
import { DialogIds } from './ids.ts';
import { ReplyDialog } from './reply-dialog.ts';
import { withSuggestions } from './suggestions.ts';

export function greeting(t: Translate): Partial<Activity> {
  return withSuggestions(t('greeting.text'), tList(t, 'examples'));
}

function help(t: Translate): Partial<Activity> {
  return withSuggestions(t('help.text'), [
    ...tList(t, 'examples').slice(0, 2),
    t('actions.browseCategories'),
    t('actions.talkToPerson'),
  ]);
}

/** Greeting, help, thanks, goodbye, restart and switching language. */
export class SmallTalkDialog extends ReplyDialog {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.smallTalk);
  }

  protected async reply(dc: DialogContext): Promise<void> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    const send = (activity: Partial<Activity> | string) => dc.context.sendActivity(activity);
    switch (intent.name) {
      case 'greeting':
        await send(greeting(turn.t));
        return;
      case 'thanks':
        await send(turn.t('thanks.text'));
        return;
      case 'goodbye':
        await send(turn.t('goodbye.text'));
        return;
      case 'restart':
        resetTopic(turn.data);
        await send(withSuggestions(turn.t('restart.text'), tList(turn.t, 'examples')));
        return;
      case 'switchLanguage':
        return this.switchLanguage(dc, intent.to);
      case 'personalDataOnly':
        // The bot has already warned; there is no question to answer.
        return;
      case 'empty':
        await send(turn.t('empty.text'));
        return;
      default:
        await send(help(turn.t));
    }
  }

  private async switchLanguage(dc: DialogContext, to: 'bg' | 'en'): Promise<void> {
    const turn = getTurn(dc.context);
    useLang(turn, to, this.services.translator);
    turn.data.chosenLang = to;
    await dc.context.sendActivity(turn.t('language.switched'));
    const guide = turn.data.currentSlug
      ? this.services.kb.getService(turn.data.currentSlug)?.guides[to]
      : undefined;
    if (guide) await dc.context.sendActivity(answerCard(guide, to, turn.t, this.services.publicBaseUrl));
  }
}
