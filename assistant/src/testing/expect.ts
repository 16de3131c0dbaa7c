import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import type { Lang } from '@hub/knowledge';
import { slugOf } from '../cards/service-activity.ts';
import type { Harness } from './harness.ts';
import { heroCard, phrase, suggestions, texts } from './harness.ts';

/** What one bot turn must contain. */
export interface TurnExpectation {
  /** Some reply is about this service (channelData.slug). */
  slug?: string;
  /** An answer card with this service's title is sent. */
  card?: boolean;
  /** Locale keys whose fixed text appears in the replies, in the conversation's language. */
  says?: string[];
  /** Locale keys that must not appear. */
  notSays?: string[];
  /** Extra text the replies must contain. */
  contains?: string[];
  /** At least this many quick replies. */
  choices?: number;
  /** The bot sends nothing at all. */
  silent?: boolean;
}

export type Turn = [citizen: string, expectation: TurnExpectation];

export interface Script {
  name: string;
  lang: Lang;
  turns: Turn[];
}

export function checkTurn(
  replies: Partial<Activity>[],
  want: TurnExpectation,
  lang: Lang,
  said: string,
): void {
  const all = [
    texts(replies),
    JSON.stringify(replies.flatMap((r) => r.attachments ?? [])),
    ...suggestions(replies),
  ].join('\n');
  const where = `after "${said}"`;
  // Every channel (and the hub's message contract) takes at most 12 quick replies and 8 card buttons.
  for (const reply of replies)
    expect(reply.suggestedActions?.actions.length ?? 0, where).toBeLessThanOrEqual(12);
  expect(heroCard(replies)?.buttons.length ?? 0, where).toBeLessThanOrEqual(8);
  if (want.silent) expect(replies, where).toEqual([]);
  else expect(replies.length, where).toBeGreaterThan(0);
  if (want.slug) expect(replies.map(slugOf), where).toContain(want.slug);
  if (want.card) expect(heroCard(replies), where).toBeDefined();
  if (want.card === false) expect(heroCard(replies), where).toBeUndefined();
  for (const key of want.says ?? []) expect(all, `${where}: ${key}`).toContain(phrase(lang, key));
  for (const key of want.notSays ?? []) expect(all, `${where}: not ${key}`).not.toContain(phrase(lang, key));
  for (const text of want.contains ?? []) expect(all, where).toContain(text);
  if (want.choices !== undefined)
    expect(suggestions(replies).length, where).toBeGreaterThanOrEqual(want.choices);
}

/** Plays a script turn by turn in one conversation. */
export async function play(harness: Harness, script: Script): Promise<void> {
  for (const [said, want] of script.turns) {
    checkTurn(await harness.say(said), want, script.lang, said);
  }
}
