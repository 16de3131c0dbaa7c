import { describe, expect, it } from 'vitest';
import { findScenario, SCENARIOS } from './scenarios.ts';
import { scorePractice } from './score.ts';

const egn = findScenario('types-egn')!;
const t0 = 1_000_000;

describe('scorePractice', () => {
  it('gives full marks for a fast, polite answer with the right guide and a privacy warning', () => {
    const score = scorePractice(egn, {
      startedAt: t0,
      replies: [
        { body: 'Здравейте! Моля, не пишете ЕГН в чата — това са лични данни.', at: t0 + 20_000 },
        { body: 'Мога ли да Ви помогна с нещо друго? Приятен ден!', at: t0 + 90_000 },
      ],
      guides: ['tax-obligations-certificate'],
      blocked: 0,
    });
    expect(score.total).toBe(100);
    expect(score.firstReplySeconds).toBe(20);
  });

  it('takes points for echoing the ЕГН, a wrong guide, informal tone and a slow first reply', () => {
    const score = scorePractice(egn, {
      startedAt: t0,
      replies: [{ body: 'ок, 7501020018 ли ти е егн-то', at: t0 + 300_000 }],
      guides: ['dog-fee'],
      blocked: 0,
    });
    expect(score.parts).toEqual([
      { key: 'speed', points: 5, max: 25 },
      { key: 'guide', points: 5, max: 25 },
      { key: 'personal_data', points: 0, max: 25 },
      { key: 'tone', points: 0, max: 25 },
    ]);
  });

  it('has at least 10 scenarios with distinct ids and guides', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) expect(s.guides.length).toBeGreaterThan(0);
  });
});
