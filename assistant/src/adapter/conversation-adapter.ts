import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

export type TurnLogic = (context: TurnContext) => Promise<void>;

export interface ConversationAdapterOptions {
  channelId?: string;
  conversationId?: string;
  userId?: string;
}

/**
 * An in-process BotAdapter for one conversation: the terminal chat, the benchmark and the dialog tests use it.
 * It runs the same middleware pipeline as CloudAdapter and returns the activities the bot sent in each turn.
 */
export class ConversationAdapter extends BotAdapter {
  readonly reference: ConversationReference;

  constructor(options: ConversationAdapterOptions = {}) {
    super();
    const channelId = options.channelId ?? 'terminal';
    this.reference = {
      channelId,
      serviceUrl: 'urn:hub:in-process',
      conversation: {
        id: options.conversationId ?? randomUUID(),
        isGroup: false,
        conversationType: 'personal',
        name: '',
      },
      user: { id: options.userId ?? 'citizen', name: 'citizen', role: 'user' },
      bot: { id: 'assistant', name: 'assistant', role: 'bot' },
      locale: 'bg-BG',
    };
  }

  /** Runs one incoming activity through the bot and returns what it sent back. */
  async receive(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const incoming = TurnContext.applyConversationReference(
      { id: randomUUID(), timestamp: new Date(), ...activity },
      this.reference,
      true,
    ) as Activity;
    const context = new TurnContext(this, incoming);
    const replies: Partial<Activity>[] = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      replies.push(...activities.filter((a) => a.type !== 'delay' && a.type !== ActivityTypes.Trace));
      return next();
    });
    await this.runMiddleware(context, logic);
    return replies;
  }

  say(text: string, logic: TurnLogic): Promise<Partial<Activity>[]> {
    return this.receive({ type: ActivityTypes.Message, text }, logic);
  }

  /** An event from the host, e.g. `handoff.status` when an agent closes the conversation. */
  event(name: string, value: unknown, logic: TurnLogic): Promise<Partial<Activity>[]> {
    return this.receive({ type: ActivityTypes.Event, name, value }, logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((a) => ({ id: a.id ?? randomUUID() }));
  }

  async updateActivity(): Promise<void> {}

  async deleteActivity(): Promise<void> {}

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
