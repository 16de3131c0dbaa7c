import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { MemoryStorage, type Activity } from 'botbuilder';
import { ConversationAdapter } from '../adapter/conversation-adapter.ts';
import { createAssistant } from '../bot/create-assistant.ts';
import type { AssistantDeps } from '../bot/deps.ts';
import { slugOf } from '../cards/service-activity.ts';
import { SOFIA_OFFICE_HOURS } from '../hours/working-hours.ts';
import { renderActivity } from './render-activity.ts';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  json: boolean;
  kb: AssistantDeps['kb'];
  publicBaseUrl: string;
  /** Defaults: in-memory storage, the real clock, Sofia office hours, no analytics. */
  deps?: Partial<AssistantDeps>;
}

const noEvents: AssistantDeps['events'] = {
  answered: () => {},
  unanswered: () => {},
  feedback: () => {},
  handoffRequested: () => {},
  callbackRequested: () => {},
};

/** One citizen message per input line, all in one conversation, through the same bot the channels use. */
export async function runChat(options: ChatOptions): Promise<void> {
  const assistant = createAssistant({
    kb: options.kb,
    storage: new MemoryStorage(),
    clock: { now: () => new Date() },
    hours: SOFIA_OFFICE_HOURS,
    events: noEvents,
    publicBaseUrl: options.publicBaseUrl,
    ...options.deps,
  });
  const adapter = new ConversationAdapter({ channelId: 'terminal' });
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const replies = await adapter.say(line, assistant.run);
    for (const activity of replies) {
      options.output.write(
        options.json ? `${JSON.stringify(toJson(activity))}\n` : `${renderActivity(activity)}\n`,
      );
    }
  }
}

export function toJson(activity: Partial<Activity>): Record<string, unknown> {
  const slug = slugOf(activity);
  return {
    type: activity.type,
    ...(activity.name ? { name: activity.name } : {}),
    text: activity.text ?? '',
    attachments: activity.attachments ?? [],
    ...(activity.suggestedActions
      ? { suggestedActions: activity.suggestedActions.actions.map((a) => a.title) }
      : {}),
    ...(slug ? { slug } : {}),
  };
}
