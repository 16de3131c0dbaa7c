import { describe, expect, it } from 'vitest';
import {
  createMemoryRetentionRepository,
  type MemoryAnalyticsEvent,
  type MemoryAuditEntry,
  type MemoryConversation,
} from './memory-retention-repository.ts';
import { conversationFate, retentionCutoffs, retentionPolicySchema } from './retention-policy.ts';
import { runRetention } from './run-retention.ts';

const NOW = new Date('2026-11-28T08:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const policy = retentionPolicySchema.parse({
  conversationDays: 60,
  identityDays: 7,
  analyticsDetailDays: 30,
  analyticsDays: 365,
  auditDays: 180,
});

function conversation(
  id: string,
  ageDays: number,
  extra: Partial<MemoryConversation> = {},
): MemoryConversation {
  return { id, lastActivityAt: daysAgo(ageDays), onHold: false, messages: ['…'], ...extra };
}
const identity = { pseudonym: 'ab'.repeat(32), name: 'ИВАН', consent: true };

function dataset() {
  const conversations = [
    conversation('fresh-identified', 1, { identity: { ...identity } }),
    conversation('week-old-identified', 8, { identity: { ...identity } }),
    conversation('old-anonymous', 61),
    conversation('old-identified', 90, { identity: { ...identity } }),
    conversation('old-on-hold', 400, { onHold: true, identity: { ...identity } }),
    conversation('mid-anonymous', 30),
    ...Array.from({ length: 5 }, (_, i) => conversation(`bulk-${i}`, 100 + i)),
  ];
  const analytics: MemoryAnalyticsEvent[] = [
    { id: 'e-new', at: daysAgo(2), type: 'search', query: 'данък', conversationId: 'c' },
    { id: 'e-month', at: daysAgo(31), type: 'search', query: 'моето ЕГН', detail: '{}', conversationId: 'c' },
    { id: 'e-year', at: daysAgo(366), type: 'search' },
  ];
  const audit: MemoryAuditEntry[] = [
    { id: 'a-new', at: daysAgo(10) },
    { id: 'a-old', at: daysAgo(181) },
  ];
  return { conversations, analytics, audit };
}

describe('retention policy', () => {
  it('has defaults and refuses an identity period longer than the conversation period', () => {
    expect(retentionPolicySchema.parse({})).toMatchObject({ conversationDays: 90, identityDays: 30 });
    const bad = retentionPolicySchema.safeParse({ conversationDays: 10, identityDays: 20 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['identityDays']);
    expect(retentionPolicySchema.safeParse({ conversationDays: 0 }).success).toBe(false);
  });

  it('decides the fate of each conversation', () => {
    const cutoffs = retentionCutoffs(policy, NOW);
    const fate = (age: number, identified: boolean, onHold = false) =>
      conversationFate({ lastActivityAt: daysAgo(age), identified, onHold }, cutoffs);
    expect(fate(1, true)).toBe('keep');
    expect(fate(8, true)).toBe('detach-identity');
    expect(fate(8, false)).toBe('keep');
    expect(fate(61, false)).toBe('delete');
    expect(fate(61, true)).toBe('delete');
    expect(fate(500, true, true)).toBe('keep');
    expect(fate(59.9, false)).toBe('keep');
  });
});

describe('runRetention', () => {
  it('deletes and anonymises exactly what the policy says, in batches', async () => {
    const data = dataset();
    const cutoffs = retentionCutoffs(policy, NOW);
    const expected = new Map(
      data.conversations.map((c) => [
        c.id,
        conversationFate(
          { lastActivityAt: c.lastActivityAt, identified: !!c.identity, onHold: c.onHold },
          cutoffs,
        ),
      ]),
    );
    const report = await runRetention({
      repository: createMemoryRetentionRepository(data),
      policy,
      now: () => NOW,
      batchSize: 2,
    });

    // The repository did what the single-record rule says.
    for (const [id, fate] of expected) {
      const left = data.conversations.find((c) => c.id === id);
      if (fate === 'delete') expect(left, id).toBeUndefined();
      else expect(left, id).toBeDefined();
      if (fate === 'detach-identity') expect(left?.identity, id).toBeUndefined();
    }
    expect(data.conversations.map((c) => c.id).sort()).toEqual(
      ['fresh-identified', 'mid-anonymous', 'old-on-hold', 'week-old-identified'].sort(),
    );
    expect(data.conversations.find((c) => c.id === 'fresh-identified')?.identity).toBeDefined();
    expect(data.conversations.find((c) => c.id === 'old-on-hold')?.identity).toBeDefined();
    expect(data.analytics).toEqual([
      { id: 'e-new', at: daysAgo(2), type: 'search', query: 'данък', conversationId: 'c' },
      { id: 'e-month', at: daysAgo(31), type: 'search' },
    ]);
    expect(data.audit.map((a) => a.id)).toEqual(['a-new']);
    expect(report).toEqual({
      // old-identified's identity is detached before the conversation itself goes.
      identitiesDetached: 2,
      conversationsDeleted: 7,
      analyticsAnonymised: 1,
      analyticsDeleted: 1,
      auditEntriesDeleted: 1,
    });
  });

  it('is idempotent: a second run changes nothing', async () => {
    const data = dataset();
    const repository = createMemoryRetentionRepository(data);
    await runRetention({ repository, policy, now: () => NOW, batchSize: 3 });
    const again = await runRetention({ repository, policy, now: () => NOW, batchSize: 3 });
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });
});
