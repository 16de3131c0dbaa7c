import type { Guide } from '@hub/knowledge';
import { describe, expect, it } from 'vitest';
import { makeService } from '../testing/service-factory.ts';
import { keyFacts } from './facts.ts';

const facts = (bg: Partial<Guide>) => keyFacts(makeService({ bg }).guides.bg).map((f) => f.value);

describe('key facts', () => {
  it('gives the lowest paid fee in euro, "from" when there are tiers, and the fast tier with the regular time', () => {
    const [cost, time] = facts({
      fees: [
        { label: 'обикновена', tier: 'regular', eur: 2.56, source: 'https://example.org' },
        { label: 'експресна', tier: 'express', eur: 5.11, source: 'https://example.org' },
      ],
      deadlines: { regular: '7 дни', express: '24 часа' },
    });
    expect(cost).toBe('от 2,56\u00a0€');
    expect(time).toBe('7 дни (експресно: 24 часа)');
  });

  it('says free for zero fees and sends people to the guide when the fee or time is unknown', () => {
    expect(facts({ fees: [{ label: 'x', tier: 'free', eur: 0, source: 'https://example.org' }] })[0]).toBe(
      'Безплатно',
    );
    const [cost, time] = facts({
      fees: [],
      deadlines: {
        note: 'Срокът не е посочен в нашите източници, затова проверете в района, преди да отидете.',
      },
    });
    expect(cost).toBe('Вижте таксата в ръководството');
    expect(time).toBe('Вижте срока в ръководството');
  });

  it('keeps a short deadline note as the time', () => {
    expect(facts({ deadlines: { note: 'До 6 месеца от смъртта.' } })[1]).toBe('До 6 месеца от смъртта');
  });

  it('names the e-service host and the district office', () => {
    expect(facts({})[2]).toBe('Онлайн на usl.sofia.bg или в района');
    expect(facts({ online: null })[2]).toBe('В районната администрация');
    expect(keyFacts(makeService().guides.en)[2]?.value).toBe(
      'Online at usl.sofia.bg or at your district office',
    );
  });
});
