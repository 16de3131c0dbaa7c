import { ActivityTypes, MemoryStorage, type Activity, type StoreItems } from 'botbuilder';
import { loadKnowledgeBase, type KnowledgeBase, type Lang } from '@hub/knowledge';
import { ConversationAdapter } from '../adapter/conversation-adapter.ts';
import { createAssistant } from '../bot/create-assistant.ts';
import type {
  AssistantDeps,
  AssistantEvents,
  AssistantKnowledge,
  Availability,
  LogFields,
  Logger,
} from '../bot/deps.ts';
import { createTranslator } from '../i18n/i18n.ts';
import { SOFIA_OFFICE_HOURS } from '../hours/working-hours.ts';

let kbCache: KnowledgeBase | undefined;
/** The built knowledge base (npm run build), loaded once per test worker. */
export function testKb(): KnowledgeBase {
  kbCache ??= loadKnowledgeBase();
  return kbCache;
}

/** Tuesday 1 December 2026, 10:00 in Sofia: inside staff hours. */
export const OFFICE_TIME = '2026-12-01T08:00:00Z';
/** Saturday 28 November 2026, 22:00 in Sofia. */
export const NIGHT_TIME = '2026-11-28T20:00:00Z';
export const BASE_URL = 'https://hub.example.bg';

export type RecordedEvent = { name: keyof AssistantEvents; payload: Record<string, unknown> };

/** MemoryStorage that keeps every write, serialised, so tests can look for what must never be stored. */
export class RecordingStorage extends MemoryStorage {
  readonly writes: string[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.stringify(changes));
    await super.write(changes);
  }
}

export interface HarnessOptions {
  now?: string;
  availability?: () => Promise<Availability>;
  kb?: AssistantKnowledge;
  events?: Partial<AssistantEvents>;
}

/** One conversation with a fresh assistant, recording events, logs and storage writes. */
export function createHarness(options: HarnessOptions = {}) {
  const events: RecordedEvent[] = [];
  const logs: { level: string; event: string; fields?: LogFields }[] = [];
  const record =
    (name: keyof AssistantEvents) =>
    async (payload: object): Promise<void> => {
      events.push({ name, payload: payload as Record<string, unknown> });
      await (options.events?.[name] as ((p: object) => Promise<void>) | undefined)?.(payload);
    };
  const logger: Logger = {
    info: (event, fields) => logs.push({ level: 'info', event, fields }),
    warn: (event, fields) => logs.push({ level: 'warn', event, fields }),
    error: (event, fields) => logs.push({ level: 'error', event, fields }),
  };
  const storage = new RecordingStorage();
  const clock = { now: () => new Date(options.now ?? OFFICE_TIME) };
  const deps: AssistantDeps = {
    kb: options.kb ?? testKb(),
    storage,
    clock,
    hours: SOFIA_OFFICE_HOURS,
    events: {
      answered: record('answered'),
      unanswered: record('unanswered'),
      feedback: record('feedback'),
      handoffRequested: record('handoffRequested'),
      callbackRequested: record('callbackRequested'),
    },
    availability: options.availability,
    logger,
    publicBaseUrl: BASE_URL,
  };
  const assistant = createAssistant(deps);
  const adapter = new ConversationAdapter({ channelId: 'test', conversationId: 'conversation-1' });
  return {
    assistant,
    adapter,
    events,
    logs,
    storage,
    say: (text: string) => adapter.say(text, assistant.run),
    postBack: (value: unknown) => adapter.receive({ type: ActivityTypes.Message, value }, assistant.run),
    event: (name: string, value: unknown) => adapter.event(name, value, assistant.run),
    eventsNamed: (name: keyof AssistantEvents) => events.filter((e) => e.name === name).map((e) => e.payload),
  };
}
export type Harness = ReturnType<typeof createHarness>;

const translator = createTranslator();
/** The fixed part of a locale string (up to its first placeholder), to find it in a reply. */
export function phrase(lang: Lang, key: string): string {
  return translator(lang)(key).split('{{')[0] ?? '';
}

export function texts(replies: Partial<Activity>[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}

export function heroCard(
  replies: Partial<Activity>[],
): { title: string; text: string; buttons: { type: string; title: string; value: unknown }[] } | undefined {
  const attachment = replies
    .flatMap((r) => r.attachments ?? [])
    .find((a) => a.contentType === 'application/vnd.microsoft.card.hero');
  return attachment?.content as ReturnType<typeof heroCard>;
}

export function suggestions(replies: Partial<Activity>[]): string[] {
  return replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);
}
