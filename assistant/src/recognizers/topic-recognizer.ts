import type { Lang } from '@hub/knowledge';
import { containsPhrase, normalize, removePhrase } from './normalize.ts';
import { TOPIC_PHRASES, type Topic } from './topics.ts';

export interface TopicHit {
  topic: Topic;
  lang: Lang;
  /** The message without the topic phrase: if it still names a service, this is a new question. */
  rest: string;
}

const PHRASES = TOPIC_PHRASES.flatMap(({ topic, lang, phrases }) =>
  phrases.map((p) => ({ topic, lang, phrase: normalize(p) })),
)
  // Longest phrase first: "колко време" is about duration, "колко струва" about the fee.
  .sort((a, b) => b.phrase.length - a.phrase.length);

export function recognizeTopic(norm: string): TopicHit | undefined {
  const hit = PHRASES.find((p) => containsPhrase(norm, p.phrase));
  return hit && { topic: hit.topic, lang: hit.lang, rest: removePhrase(norm, hit.phrase) };
}
