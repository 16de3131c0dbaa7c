import type { GapGroupDto } from '@hub/contract';
import { analyzeBg, groupQuestions, type KnowledgeBase } from '@hub/knowledge';
import type { SourcedQuestion } from './questions.ts';

/** How many words name a group (and are compared with a question's words). */
const KEY_WORDS = 6;
/** More than half of both sides must match: one shared word of two is not enough. */
const BELONGS = 0.5;

/** A question's words, each as its alternative Bulgarian search keys (stems folded across Cyrillic and Latin). */
export function keysOf(text: string): string[][] {
  return analyzeBg(text);
}

/** A stable name for a group across days: the main key of each word of its top question, sorted. */
export function groupKeyOf(text: string): string {
  return [...new Set(keysOf(text).map((alternatives) => alternatives[0]!))]
    .slice(0, KEY_WORDS)
    .sort()
    .join(' ');
}

/**
 * True when a question and a group share most of their words (Dice coefficient over words, a question word
 * matching when any of its readings is one of the group's keys). Symmetric, so a Latin-letter question with
 * extra readings meets its Cyrillic group as well as the other way round.
 */
export function belongsTo(words: readonly string[][], groupKey: string): boolean {
  if (words.length === 0 || !groupKey) return false;
  const group = groupKey.split(' ');
  const matchedWords = words.filter((w) => w.some((k) => group.includes(k))).length;
  const matchedKeys = group.filter((k) => words.some((w) => w.includes(k))).length;
  return (matchedWords + matchedKeys) / (words.length + group.length) > BELONGS;
}

/** Groups the questions with knowledge's Bulgarian-aware grouping and counts the poorly rated in each. */
export function gapGroups(
  questions: SourcedQuestion[],
  kb: KnowledgeBase,
  limit: number,
): Omit<GapGroupDto, 'task'>[] {
  // knowledge's similarity is symmetric and reads a Latin-letter word in both languages as one word, so a
  // question's Latin spelling lands in the group of its Cyrillic one (largest groups first).
  const named = groupQuestions(questions, kb)
    .slice(0, limit)
    .map((g) => ({ ...g, key: groupKeyOf(g.examples[0] ?? '') || g.keys.join(' '), poorlyRated: 0 }));
  for (const q of questions.filter((x) => x.poorlyRated)) {
    const home = named.find((g) => belongsTo(keysOf(q.text), g.key));
    if (home) home.poorlyRated += 1;
  }
  return named.map((g) => ({
    key: g.key,
    keys: g.keys.slice(0, 8),
    volume: g.volume,
    poorlyRated: Math.min(g.poorlyRated, g.volume),
    examples: g.examples,
    likelyGuide: g.likelyGuide,
  }));
}
