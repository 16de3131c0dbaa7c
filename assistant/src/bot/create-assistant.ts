import { ConversationState, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { AccountDialog } from '../dialogs/account-dialog.ts';
import { CallbackDialog } from '../dialogs/callback-dialog.ts';
import { CategoriesDialog } from '../dialogs/categories-dialog.ts';
import { DistrictDialog } from '../dialogs/district-dialog.ts';
import { FeedbackDialog } from '../dialogs/feedback-dialog.ts';
import { FollowUpDialog } from '../dialogs/follow-up-dialog.ts';
import { HandoffDialog } from '../dialogs/handoff-dialog.ts';
import { MainDialog } from '../dialogs/main-dialog.ts';
import { ServiceDialog } from '../dialogs/service-dialog.ts';
import { SmallTalkDialog } from '../dialogs/small-talk-dialog.ts';
import { createTranslator } from '../i18n/i18n.ts';
import { buttonLabels } from '../i18n/button-labels.ts';
import { createDefaultRecognizer } from '../recognizers/default-recognizer.ts';
import type { ConversationData } from '../state/conversation-data.ts';
import { AssistantBot } from './assistant-bot.ts';
import type { AssistantDeps } from './deps.ts';
import { safeEvents, silentLogger } from './safe-events.ts';
import type { AssistantServices } from './services.ts';

export interface Assistant {
  bot: AssistantBot;
  /** The turn handler to give any BotAdapter: `adapter.process(req, res, assistant.run)`. */
  run(context: TurnContext): Promise<void>;
}

/** The composition root: state, recognizer, dialogs and bot, wired once. */
export function createAssistant(deps: AssistantDeps): Assistant {
  const logger = deps.logger ?? silentLogger;
  const translator = createTranslator();
  const services: AssistantServices = {
    kb: deps.kb,
    events: safeEvents(deps.events, logger),
    logger,
    clock: deps.clock,
    hours: deps.hours,
    availability: deps.availability,
    translator,
    publicBaseUrl: (deps.publicBaseUrl ?? '').replace(/\/+$/, ''),
    minutesPerConversation: deps.minutesPerConversation ?? 6,
    accountFallbackSlug: deps.accountFallbackSlug ?? 'paying-municipal-fees',
  };
  const conversationState = new ConversationState(deps.storage);
  const main = new MainDialog([
    new ServiceDialog(services),
    new FollowUpDialog(services),
    new DistrictDialog(services),
    new SmallTalkDialog(services),
    new CategoriesDialog(services),
    new AccountDialog(services),
    new FeedbackDialog(services),
    new HandoffDialog(services),
    new CallbackDialog(services),
  ]);
  const bot = new AssistantBot({
    conversationState,
    data: conversationState.createProperty<ConversationData>('assistant'),
    dialogState: conversationState.createProperty<DialogState>('dialogs'),
    main,
    recognizer: deps.recognizer ?? createDefaultRecognizer(deps.kb, buttonLabels(translator)),
    services,
  });
  return { bot, run: (context) => bot.run(context) };
}
