// Every reply the assistant sends fits the hub's message contract (what the server stores and the widget, Viber and
// help desk render): at most 12 quick replies, 8 card buttons, safe links, bounded texts.
import { messageContentSchema } from '@hub/contract/src/message-content.ts';
import { MemoryStorage, type Activity } from 'botbuilder';
import { loadKnowledgeBase } from '@hub/knowledge';
import {
  ConversationAdapter,
  createAssistant,
  SOFIA_OFFICE_HOURS,
  slugOf,
  type AssistantEvents,
} from '@hub/assistant';
import { describe, expect, it } from 'vitest';

const events: AssistantEvents = {
  answered: () => {},
  unanswered: () => {},
  feedback: () => {},
  handoffRequested: () => {},
  callbackRequested: () => {},
};

const CONVERSATIONS = [
  [
    'здравейте',
    'помощ',
    'удостоверение за наследници',
    'Още райони…',
    'Младост',
    'колко струва?',
    'какви документи?',
  ],
  ['hello', 'birth certificate', '1', 'where?', 'Browse categories', 'Local taxes and fees', 'thanks'],
  [
    'брак',
    'синя зона',
    'колко данък дължа?',
    'моето ЕГН е 8032056031',
    'как да отгледам домати',
    'абракадабра',
  ],
];

function content(activity: Partial<Activity>) {
  const attachments = (activity.attachments ?? []).map((a) => {
    const card = a.content as {
      title?: string;
      text?: string;
      buttons?: { type: string; title: string; value: unknown }[];
    };
    return {
      contentType: a.contentType,
      content: {
        title: card.title,
        text: card.text,
        buttons: card.buttons?.map(({ type, title, value }) => ({ type, title, value })),
      },
    };
  });
  const suggestedActions = activity.suggestedActions?.actions.map(({ type, title, value }) => ({
    type,
    title,
    value,
  }));
  const slug = slugOf(activity);
  return {
    ...(activity.text ? { text: activity.text } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(suggestedActions?.length ? { suggestedActions } : {}),
    ...(slug ? { slug } : {}),
  };
}

describe('assistant replies and the hub message contract', () => {
  it.each(CONVERSATIONS.map((c) => [c[0], c] as const))(
    'conversation starting "%s"',
    async (_first, lines) => {
      const assistant = createAssistant({
        kb: loadKnowledgeBase(),
        storage: new MemoryStorage(),
        clock: { now: () => new Date('2026-12-01T08:00:00Z') },
        hours: SOFIA_OFFICE_HOURS,
        events,
        publicBaseUrl: 'https://hub.example.bg',
      });
      const adapter = new ConversationAdapter({ channelId: 'chat' });
      let checked = 0;
      for (const line of lines) {
        for (const reply of await adapter.say(line, assistant.run)) {
          if (reply.type !== 'message') continue;
          const parsed = messageContentSchema.safeParse(content(reply));
          expect(parsed.error?.issues, `after "${line}"`).toBeUndefined();
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(lines.length);
    },
  );
});
