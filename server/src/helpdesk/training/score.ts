import { maskPersonalData, type TrainingScoreDto } from '@hub/contract';
import type { Scenario } from './scenarios.ts';

export interface PracticeLog {
  startedAt: number;
  replies: { body: string; at: number }[];
  guides: string[];
  blocked: number;
}

const GREETING =
  /(?<!\p{L})(здравейте|добър\s+(ден|вечер)|добро\s+утро|hello|good\s+(morning|afternoon|evening)|hi)(?!\p{L})/iu;
const FORMAL = /(?<!\p{L})(вие|ви|вас|вашия|вашата|вашите|you|your)(?!\p{L})/iu;
const INFORMAL = /(?<!\p{L})(ти|теб|твоя|твоята|твоите)(?!\p{L})/iu;
const EMPATHY =
  /(съжалявам|съболезнования|разбирам|съчувствам|напълно\s+основателно|извинете|sorry|condolences|understand)/iu;
const CLOSING =
  /(нещо\s+друго|друго\s+(мога|да)|приятен\s+ден|успех|лек\s+ден|anything\s+else|have\s+a\s+(good|nice))/iu;
const PRIVACY_WARNING =
  /(лични\s+данни|не\s+(споделяйте|пишете|изпращайте|давайте)|никога\s+не|егн|personal\s+(data|number)|never\s+share|do\s+not\s+(share|send))/iu;

function speedPoints(seconds: number | null): number {
  if (seconds === null) return 0;
  if (seconds <= 30) return 25;
  if (seconds <= 60) return 20;
  if (seconds <= 120) return 12;
  return 5;
}

/** A practice session's score out of 100: speed, right guide, personal data, tone — 25 points each. */
export function scorePractice(scenario: Scenario, log: PracticeLog): TrainingScoreDto {
  const first = log.replies[0];
  const firstReplySeconds = first ? Math.round((first.at - log.startedAt) / 1000) : null;
  const text = log.replies.map((r) => r.body).join('\n');

  const rightGuide = log.guides.some((g) => scenario.guides.includes(g));
  const guidePoints = rightGuide ? 25 : log.guides.length > 0 ? 5 : 0;

  const echoed = log.replies.some((r) => maskPersonalData(r.body).found.length > 0);
  const warned = PRIVACY_WARNING.test(text);
  let privacy = 25;
  if (echoed || log.blocked > 0) privacy = 0;
  else if (scenario.sharesPersonalData && !warned) privacy = 10;

  const tone = [
    {
      key: 'greeting',
      ok: GREETING.test(
        log.replies
          .slice(0, 2)
          .map((r) => r.body)
          .join(' '),
      ),
    },
    { key: 'formal', ok: FORMAL.test(text) && !INFORMAL.test(text) },
    ...(scenario.needsEmpathy ? [{ key: 'empathy', ok: EMPATHY.test(text) }] : []),
    {
      key: 'closing',
      ok: CLOSING.test(
        log.replies
          .slice(-2)
          .map((r) => r.body)
          .join(' '),
      ),
    },
  ];
  const tonePoints = log.replies.length
    ? Math.round((25 * tone.filter((t) => t.ok).length) / tone.length)
    : 0;
  const parts: TrainingScoreDto['parts'] = [
    { key: 'speed', points: speedPoints(firstReplySeconds), max: 25 },
    { key: 'guide', points: guidePoints, max: 25 },
    { key: 'personal_data', points: privacy, max: 25 },
    { key: 'tone', points: tonePoints, max: 25 },
  ];
  return {
    total: parts.reduce((sum, p) => sum + p.points, 0),
    firstReplySeconds,
    parts,
    tone,
    expectedGuides: scenario.guides,
    sentGuides: [...new Set(log.guides)],
  };
}
