import {
  ActivityHandler,
  ActivityTypes,
  type Activity,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { maskPersonalData, maskText } from '@hub/contract';
import type { Lang } from '@hub/knowledge';
import type { MainDialog } from '../dialogs/main-dialog.ts';
import { greeting } from '../dialogs/small-talk-dialog.ts';
import { withSuggestions } from '../dialogs/suggestions.ts';
import { HANDOFF_STATUS, handoffStatusSchema } from '../handoff/handoff-status.ts';
import type { Recognizer } from '../recognizers/recognizer.ts';
import { appendTranscript, newConversationData, type ConversationData } from '../state/conversation-data.ts';
import type { AssistantServices } from './services.ts';
import { setTurn } from './turn.ts';

export interface AssistantBotParts {
  conversationState: ConversationState;
  data: StatePropertyAccessor<ConversationData>;
  dialogState: StatePropertyAccessor<DialogState>;
  main: MainDialog;
  recognizer: Recognizer;
  services: AssistantServices;
}

/**
 * The Activity-protocol face of the assistant: messages go through the recognizer and the dialogs,
 * `handoff.status` events resume the bot after a person has had the conversation.
 */
export class AssistantBot extends ActivityHandler {
  constructor(private readonly parts: AssistantBotParts) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === HANDOFF_STATUS) await this.handleHandoffStatus(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some(
        (m) => m.id !== context.activity.recipient?.id,
      );
      if (joined) {
        const data = await this.parts.data.get(
          context,
          newConversationData(langOfLocale(context.activity.locale)),
        );
        await context.sendActivity(greeting(this.parts.services.translator(data.lang)));
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const started = performance.now();
    await super.run(context);
    await this.parts.conversationState.saveChanges(context, false);
    this.parts.services.logger.info('assistant.turn', {
      conversationId: context.activity.conversation?.id,
      channelId: context.activity.channelId,
      type: context.activity.type,
      ms: Math.round((performance.now() - started) * 100) / 100,
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { services, recognizer } = this.parts;
    const data = await this.parts.data.get(
      context,
      newConversationData(langOfLocale(context.activity.locale)),
    );
    const conversationId = context.activity.conversation?.id ?? '';
    if (data.handoff) {
      // A person has the conversation: the bot must not talk over them.
      services.logger.info('assistant.silent_during_handoff', { conversationId });
      return;
    }
    const rawText = context.activity.text ?? '';
    const masked = maskPersonalData(rawText);
    const recognition = recognizer.recognize({ text: masked.text, value: context.activity.value, data });
    data.lang = recognition.lang;
    const t = services.translator(recognition.lang);
    const at = services.clock.now().toISOString();
    const ref = { conversationId, channelId: context.activity.channelId ?? '', lang: recognition.lang };
    setTurn(context, { data, recognition, lang: recognition.lang, t, text: masked.text, rawText, ref });
    if (masked.text) appendTranscript(data, { from: 'citizen', text: masked.text, at });
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const activity of activities) recordBotMessage(data, activity, at);
      return next();
    });
    services.logger.info('assistant.message', {
      conversationId,
      intent: recognition.intent.name,
      lang: recognition.lang,
    });

    if (masked.found.length && !data.awaitingContact) {
      services.logger.info('assistant.personal_data_masked', {
        conversationId,
        kinds: masked.found.join(','),
      });
      await context.sendActivity(t('pii.warning'));
    }
    await this.parts.main.run(context, this.parts.dialogState);
  }

  private async handleHandoffStatus(context: TurnContext): Promise<void> {
    const parsed = handoffStatusSchema.safeParse(context.activity.value);
    const conversationId = context.activity.conversation?.id ?? '';
    const { logger, translator } = this.parts.services;
    if (!parsed.success) {
      logger.warn('assistant.handoff_status_invalid', { conversationId });
      return;
    }
    const data = await this.parts.data.get(
      context,
      newConversationData(langOfLocale(context.activity.locale)),
    );
    logger.info('assistant.handoff_status', {
      conversationId,
      state: parsed.data.state,
      active: !!data.handoff,
    });
    if (!data.handoff || parsed.data.state === 'accepted') return;
    delete data.handoff;
    data.failures = 0;
    const t = translator(data.lang);
    await context.sendActivity(
      parsed.data.state === 'completed'
        ? t('handoff.resumed')
        : withSuggestions(t('handoff.failed'), [t('actions.callback')]),
    );
  }
}

/** A new conversation starts in the channel's language (e.g. the widget on /en pages sends en-US), else Bulgarian. */
function langOfLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'bg';
}

function recordBotMessage(data: ConversationData, activity: Partial<Activity>, at: string): void {
  if (activity.type !== ActivityTypes.Message) return;
  const cardTitle = activity.attachments
    ?.map((a) => (a.content as { title?: unknown } | undefined)?.title)
    .find((x) => typeof x === 'string');
  const text = [activity.text, cardTitle]
    .filter((x): x is string => typeof x === 'string' && x.length > 0)
    .join(' — ');
  if (text) appendTranscript(data, { from: 'bot', text: maskText(text), at });
}
