import type { Lang, SearchResponse } from '@hub/knowledge';
import type { AssistantKnowledge } from '../bot/deps.ts';
import type { ConversationData } from '../state/conversation-data.ts';
import { createDistrictRecognizer } from './district-recognizer.ts';
import { hasCyrillic, normalize } from './normalize.ts';
import { PhraseMatcher, withPhrases, type PhraseTable } from './phrase-matcher.ts';
import {
  ACCOUNT_PATTERNS,
  CONTAINED_PHRASES,
  LANGUAGE_SWITCH,
  PERSONAL_DATA_WORDS,
  WHOLE_MESSAGE_PHRASES,
  type PhraseIntent,
} from './phrases.ts';
import type { Intent, Recognition, Recognizer, RecognizerInput } from './recognizer.ts';
import { recognizeTopic } from './topic-recognizer.ts';
import { detectLanguage } from './language.ts';
import { FOLLOW_UP_FILLER } from './topics.ts';
import { readFeedbackValue, THUMBS } from './feedback-value.ts';
import { MASK_TOKENS } from '@hub/contract';

/** Button labels from the locale files, so a tapped quick reply is always understood. */
export type ButtonLabels = Partial<PhraseTable<PhraseIntent | 'handoff' | 'callback'>>;

/**
 * The default classifier: rules first (GOV.UK Chat classifies every question before answering),
 * the knowledge-base search last.
 */
export function createDefaultRecognizer(kb: AssistantKnowledge, labels: ButtonLabels = {}): Recognizer {
  const whole = new PhraseMatcher(withPhrases(WHOLE_MESSAGE_PHRASES, labels));
  const contained = new PhraseMatcher(withPhrases(CONTAINED_PHRASES, labels));
  const switches = new PhraseMatcher({
    switchLanguage: { bg: LANGUAGE_SWITCH.bg, en: [] },
    toEnglish: { bg: [], en: LANGUAGE_SWITCH.en },
  });
  const district = createDistrictRecognizer(kb.districts);
  const categoryByTitle = new Map(
    kb.categories.flatMap(
      (c) =>
        [
          [normalize(c.title.bg), c.slug],
          [normalize(c.title.en), c.slug],
        ] as const,
    ),
  );

  return {
    recognize({ text: masked, value, data }: RecognizerInput): Recognition {
      // Placeholders such as [PHONE] are not part of the question.
      const text = withoutMaskTokens(masked);
      const feedback = readFeedbackValue(value) ?? thumbs(text, data);
      if (feedback) return { intent: { name: 'feedback', ...feedback }, lang: data.lang };
      const norm = normalize(text);
      const personalOnly = onlyPersonalData(norm, masked);
      if (personalOnly)
        return {
          intent: { name: 'personalDataOnly' },
          lang: hasCyrillic(text)
            ? 'bg'
            : (data.chosenLang ?? (personalOnly === 'any' ? data.lang : personalOnly)),
        };
      if (!norm) return { intent: { name: 'empty' }, lang: data.lang };
      const script: Lang | undefined = hasCyrillic(text) ? 'bg' : undefined;
      const prefer = script ?? data.lang;
      const say = (intent: Intent, lang?: Lang): Recognition => ({
        intent,
        lang: script ?? data.chosenLang ?? lang ?? data.lang,
      });

      const sw = switches.whole(norm, prefer);
      if (sw)
        return {
          intent: { name: 'switchLanguage', to: sw.key === 'toEnglish' ? 'en' : 'bg' },
          lang: sw.key === 'toEnglish' ? 'en' : 'bg',
        };
      const small = whole.whole(norm, prefer);
      if (small?.key === 'restart') return say({ name: 'restart' }, small.lang);
      const asked = contained.contained(norm, prefer);
      if (asked) return say({ name: asked.key }, asked.lang);
      const account = ACCOUNT_PATTERNS.find((p) => p.pattern.test(norm));
      if (account) {
        const search = kb.search(text, { lang: script ?? data.chosenLang ?? account.lang });
        return say({ name: 'account', search }, account.lang);
      }
      if (small) return say({ name: small.key }, small.lang);
      const pick = pickCandidate(norm, data, kb);
      if (pick) return say({ name: 'pick', slug: pick }, detectLanguage(norm, text));
      // A bare number that picks nothing is not a question.
      if (/^\d+$/.test(norm)) return say({ name: 'help' });
      const category = categoryByTitle.get(norm);
      if (category) return say({ name: 'category', category }, detectLanguage(norm, text));
      const namedDistrict = district(norm);
      if (namedDistrict)
        return say({ name: 'district', district: namedDistrict }, detectLanguage(norm, text));
      const topic = recognizeTopic(norm);
      if (topic && isFollowUp(topic.rest, data, kb))
        return say({ name: 'followUp', topic: topic.topic }, topic.lang);
      // "how much does a building permit cost?": without the topic words the service stands out.
      const full = kb.search(text);
      const search =
        topic?.rest && (full.match === 'none' || full.match === 'weak')
          ? better(full, kb.search(topic.rest))
          : full;
      if (search.match === 'none' || search.match === 'weak') {
        // "okay thanks, bye": small talk inside a longer message, when it is not a question either.
        const polite = whole.containedAmong(norm, prefer, ['goodbye', 'thanks', 'greeting']);
        if (polite) return say({ name: polite.key }, polite.lang);
      }
      const lang =
        script ??
        data.chosenLang ??
        (search.match === 'none' ? (detectLanguage(norm, text) ?? data.lang) : search.lang);
      return {
        intent: {
          name: 'service',
          search: lang === search.lang ? search : kb.search(search.query, { lang }),
        },
        lang,
      };
    },
  };
}

/** "моето ЕГН е [EGN]": nothing left to answer once the number and the words naming it are gone. */
/** The language the surrounding words give away, 'any' when there are none; undefined when there is a question. */
function onlyPersonalData(norm: string, masked: string): Lang | 'any' | undefined {
  if (!Object.values(MASK_TOKENS).some((token) => masked.includes(token))) return undefined;
  const words = norm.split(' ').filter(Boolean);
  const inLang = (lang: Lang) =>
    words.every((w) => PERSONAL_DATA_WORDS[lang].has(w) || PERSONAL_DATA_WORDS.bg.has(w));
  if (!inLang('en')) return undefined;
  if (!words.length) return 'any';
  return words.some((w) => PERSONAL_DATA_WORDS.en.has(w) && !PERSONAL_DATA_WORDS.bg.has(w)) ? 'en' : 'bg';
}

/**
 * "колко струва?" is a follow-up; "колко струва акт за раждане?" is a new question. Besides filler words,
 * a follow-up may keep one word, and only when there is a guide to follow up on and that word names no service.
 */
const RANK: Record<SearchResponse['match'], number> = { confident: 3, ambiguous: 2, weak: 1, none: 0 };
function better(a: SearchResponse, b: SearchResponse): SearchResponse {
  return RANK[b.match] > RANK[a.match] ? b : a;
}

function withoutMaskTokens(text: string): string {
  let out = text;
  for (const token of Object.values(MASK_TOKENS)) out = out.split(token).join(' ');
  return out;
}

function isFollowUp(rest: string, data: Readonly<ConversationData>, kb: AssistantKnowledge): boolean {
  const content = rest.split(' ').filter((w) => w && !FOLLOW_UP_FILLER.has(w));
  if (content.length === 0) return true;
  if (content.length > 1 || !data.currentSlug) return false;
  const match = kb.search(rest).match;
  return match !== 'confident' && match !== 'ambiguous';
}

function thumbs(
  text: string,
  data: Readonly<ConversationData>,
): { slug: string; vote: 'up' | 'down' } | undefined {
  const vote = THUMBS[text.trim()];
  return vote && data.currentSlug ? { slug: data.currentSlug, vote } : undefined;
}

/** After an ambiguous search the citizen answers with a title (quick reply) or its number. */
function pickCandidate(
  norm: string,
  data: Readonly<ConversationData>,
  kb: AssistantKnowledge,
): string | undefined {
  const candidates = data.candidates ?? [];
  if (/^\d$/.test(norm)) return candidates[Number(norm) - 1];
  return candidates.find((slug) => {
    const service = kb.getService(slug);
    return (
      !!service &&
      (normalize(service.guides.bg.title) === norm || normalize(service.guides.en.title) === norm)
    );
  });
}
