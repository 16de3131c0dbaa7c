// The retention job on the real database (SQLite and PostgreSQL): what the policy says is deleted or
// anonymised, with everything attached to a deleted conversation, and nothing else.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from '../../server/src/db/testing.ts';
import { localCluster } from '../../server/src/cluster/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createPrismaRetentionRepository } from '../../server/src/privacy/prisma-retention-repository.ts';
import { retentionPolicySchema } from '../../server/src/privacy/retention-policy.ts';
import { startRetentionScheduler } from '../../server/src/privacy/retention-scheduler.ts';
import { runRetention } from '../../server/src/privacy/run-retention.ts';

const NOW = new Date('2026-11-28T08:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const policy = retentionPolicySchema.parse({
  conversationDays: 60,
  identityDays: 7,
  analyticsDetailDays: 30,
  analyticsDays: 365,
  auditDays: 180,
});

async function seedConversation(t: TestDatabase, id: string, ageDays: number) {
  const at = daysAgo(ageDays);
  await t.db.conversation.create({
    data: {
      id,
      channel: 'chat',
      lang: 'bg',
      citizenId: `citizen-${id}`,
      status: 'handoff',
      lastSeq: 1,
      createdAt: at,
      updatedAt: at,
      participants: { create: [{ id: randomUUID(), kind: 'citizen' }] },
      messages: { create: [{ id: randomUUID(), seq: 1, authorKind: 'citizen', body: `hello ${id}` }] },
      handoffs: {
        create: [
          {
            id: randomUUID(),
            transitions: { create: [{ id: randomUUID(), toState: 'requested' }] },
          },
        ],
      },
    },
  });
  await t.db.botState.create({
    data: { id: `chat/conversations/${id}/`, data: '{}', eTag: '1', updatedAt: at },
  });
  await t.db.helpdeskCase.create({ data: { handoffId: `h-${id}`, conversationId: id } });
  await t.db.helpdeskNote.create({
    data: { id: randomUUID(), conversationId: id, authorId: 'x', body: 'n' },
  });
  await t.db.helpdeskContent.create({
    data: { messageId: `m-${id}`, conversationId: id, contentType: 'x', data: '{}' },
  });
  await t.db.helpdeskWalkthrough.create({
    data: { id: randomUUID(), conversationId: id, messageId: 'm', serviceSlug: 's', stepCount: 2 },
  });
  await t.db.feedback.create({
    data: { id: randomUUID(), conversationId: id, channel: 'chat', lang: 'bg', rating: 4, createdAt: at },
  });
  await t.db.kioskHandover.create({
    data: {
      id: randomUUID(),
      codeHash: randomUUID(),
      citizenId: 'c',
      conversationId: id,
      expiresAt: at,
      createdAt: at,
    },
  });
}

async function counts(t: TestDatabase, id: string) {
  const where = { conversationId: id };
  return [
    await t.db.conversation.count({ where: { id } }),
    await t.db.message.count({ where }),
    await t.db.participant.count({ where }),
    await t.db.handoffRequest.count({ where }),
    await t.db.botState.count({ where: { id: `chat/conversations/${id}/` } }),
    await t.db.helpdeskCase.count({ where }),
    await t.db.helpdeskNote.count({ where }),
    await t.db.helpdeskContent.count({ where }),
    await t.db.helpdeskWalkthrough.count({ where }),
    await t.db.feedback.count({ where }),
    await t.db.kioskHandover.count({ where }),
  ];
}

describe.each(TEST_PROVIDERS)('retention on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    for (const [id, age] of [
      ['fresh', 1],
      ['mid', 30],
      ['week', 8],
      ['old', 61],
      ['older', 200],
    ] as const)
      await seedConversation(t, id, age);
    for (let i = 0; i < 5; i++) await seedConversation(t, `bulk-${i}`, 100 + i);
    // Verified identities (eAuth): on a fresh, a week-old and an old conversation, and one left without one.
    for (const [conversationId, age] of [
      ['fresh', 1],
      ['week', 8],
      ['old', 61],
      ['gone', 20],
    ] as const)
      await t.db.conversationIdentity.create({
        data: {
          conversationId,
          pseudonym: 'ab'.repeat(32),
          kind: 'person',
          level: 'SUBSTANTIAL',
          name: 'ИВАН ИВАНОВ',
          consentGiven: true,
          verifiedAt: daysAgo(age),
          updatedAt: daysAgo(age),
        },
      });
    await t.db.analyticsEvent.createMany({
      data: [
        { id: 'e-new', type: 'search', occurredAt: daysAgo(2), channel: 'web', lang: 'bg', query: 'данък' },
        {
          id: 'e-month',
          type: 'search',
          occurredAt: daysAgo(31),
          channel: 'web',
          lang: 'bg',
          query: 'моето ЕГН ***',
          detail: 'weak',
          value: 3,
          serviceSlug: 'property-tax-payment',
        },
        { id: 'e-year', type: 'search', occurredAt: daysAgo(366), channel: 'web', lang: 'bg' },
      ],
    });
    await t.db.feedback.create({
      data: {
        id: 'fb-loose',
        channel: 'web',
        lang: 'bg',
        rating: 2,
        comment: 'бавно',
        createdAt: daysAgo(40),
      },
    });
    await t.db.auditLog.createMany({
      data: [
        { id: 'a-new', at: daysAgo(10), action: 'conversation.joined' },
        { id: 'a-old', at: daysAgo(181), action: 'conversation.joined' },
      ],
    });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('deletes old conversations with everything attached, anonymises then deletes analytics', async () => {
    expect(await counts(t, 'old')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const report = await runRetention({
      repository: createPrismaRetentionRepository(t.db),
      policy,
      now: () => NOW,
      batchSize: 2,
    });
    expect(report).toEqual({
      // week's, old's (before the conversation itself goes) and the orphan's.
      identitiesDetached: 3,
      conversationsDeleted: 7,
      // e-month's query and detail; the loose feedback's comment (mid's feedback is exactly 30 days old: kept).
      analyticsAnonymised: 2,
      // e-year
      analyticsDeleted: 1,
      auditEntriesDeleted: 1,
    });
    for (const id of ['old', 'older', 'bulk-0', 'bulk-4'])
      expect(await counts(t, id), id).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const id of ['fresh', 'mid', 'week'])
      expect(await counts(t, id), id).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const identities = await t.db.conversationIdentity.findMany();
    expect(identities.map((i) => i.conversationId)).toEqual(['fresh']);
    const events = await t.db.analyticsEvent.findMany({ orderBy: { occurredAt: 'desc' } });
    expect(events.map((e) => [e.id, e.query, e.detail])).toEqual([
      ['e-new', 'данък', null],
      ['e-month', null, null],
    ]);
    // The counts survive anonymisation.
    expect(events[1]).toMatchObject({ type: 'search', value: 3, serviceSlug: 'property-tax-payment' });
    expect(await t.db.feedback.findUnique({ where: { id: 'fb-loose' } })).toMatchObject({
      rating: 2,
      comment: null,
    });
    expect((await t.db.auditLog.findMany()).map((a) => a.id)).toEqual(['a-new']);
  });

  it('is idempotent, and the scheduler runs it once across nodes and stops cleanly', async () => {
    const repository = createPrismaRetentionRepository(t.db);
    const cluster = localCluster();
    const lines: string[] = [];
    const logger = createLogger('info');
    const scheduler = startRetentionScheduler({
      repository,
      policy,
      jobs: cluster.jobs,
      logger: Object.assign(Object.create(logger) as typeof logger, {
        info: (obj: unknown, msg: string) => lines.push(JSON.stringify({ obj, msg })),
      }),
      intervalMs: 3_600_000,
      now: () => NOW,
      runAtStart: false,
    });
    // Another node holds the lock: this one skips.
    let release!: () => void;
    const held = cluster.jobs.runExclusive(
      'retention',
      60_000,
      () => new Promise<void>((r) => (release = r)),
    );
    expect(await scheduler.runOnce()).toBeUndefined();
    release();
    await held;
    const again = await scheduler.runOnce();
    expect(again && Object.values(again).every((n) => n === 0)).toBe(true);
    await scheduler.stop();
    expect(await scheduler.runOnce()).toBeUndefined();
    // Counts only in the log line.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/"conversationsDeleted":0/);
    await cluster.close();
  });
});
