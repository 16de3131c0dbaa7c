// Test support: a realistic day at the help desk — history over several weeks, live waiting citizens.
import { randomUUID } from 'node:crypto';
import type { TestHub } from './hub.ts';
import { call } from './hub.ts';

const DAY = 86_400_000;
const SERVICES = [
  'property-tax-payment',
  'heirs-certificate',
  'current-address-registration',
  'kindergarten-enrolment',
  'towed-vehicle',
  'waste-fee-payment',
  'resident-parking-permit',
  'birth-certificate-duplicate',
];
const CHANNELS = ['web', 'web', 'web', 'viber', 'kiosk', 'chat'];
const RESOLUTIONS = [
  'resolved',
  'resolved',
  'guided_online',
  'guided_online',
  'referred_to_office',
  'no_response',
];
const UNANSWERED = [
  'как да си платя глоба от КАТ',
  'може ли дрон над Витоша',
  'как да си платя глоба от КАТ',
  'кога спира топлата вода в Младост',
  'как да си платя глоба от кат',
];

/** Past handoffs written straight to the database (spread over `days`), with waits, resolutions and ratings. */
export async function seedHistory(h: TestHub, days = 30): Promise<void> {
  const db = h.t.db;
  const agents = [h.staff.ana!.id, h.staff.boris!.id, h.staff.sofia!.id];
  let n = 0;
  for (let d = days - 1; d >= 0; d -= 1) {
    const weekday = new Date(Date.now() - d * DAY).getUTCDay();
    const count = weekday === 0 || weekday === 6 ? 2 + (d % 3) : 6 + ((d * 7) % 9);
    for (let i = 0; i < count; i += 1, n += 1) {
      const created = new Date(Date.now() - d * DAY - (i + 1) * 37 * 60_000 - 3 * 3600_000);
      const conversationId = randomUUID();
      const handoffId = randomUUID();
      const unanswered = n % 7 === 3;
      await db.conversation.create({
        data: {
          id: conversationId,
          channel: CHANNELS[n % CHANNELS.length]!,
          lang: n % 9 === 0 ? 'en' : 'bg',
          status: 'closed',
          citizenId: `seed-${n}`,
          district: null,
          createdAt: created,
          lastSeq: 1,
        },
      });
      await db.message.create({
        data: {
          id: randomUUID(),
          conversationId,
          seq: 1,
          authorKind: 'citizen',
          body: unanswered ? UNANSWERED[n % UNANSWERED.length]! : 'Здравейте, имам въпрос',
          createdAt: created,
        },
      });
      const accepted = new Date(created.getTime() + (20 + ((n * 53) % 260)) * 1000);
      await db.handoffRequest.create({
        data: {
          id: handoffId,
          conversationId,
          state: 'resolved',
          reason: unanswered ? 'failures' : 'requested',
          serviceSlug: unanswered ? null : SERVICES[(n * 5) % SERVICES.length]!,
          agentId: agents[n % agents.length]!,
          createdAt: created,
          transitions: {
            create: [
              { id: randomUUID(), fromState: null, toState: 'requested', at: created },
              { id: randomUUID(), fromState: 'requested', toState: 'accepted', at: accepted },
              {
                id: randomUUID(),
                fromState: 'accepted',
                toState: 'resolved',
                at: new Date(accepted.getTime() + 6 * 60_000),
              },
            ],
          },
        },
      });
      await db.helpdeskCase.create({
        data: {
          handoffId,
          conversationId,
          resolution: RESOLUTIONS[n % RESOLUTIONS.length]!,
          closedAt: new Date(accepted.getTime() + 6 * 60_000),
          closedById: agents[n % agents.length]!,
        },
      });
      if (n % 3 !== 2) {
        await db.feedback.create({
          data: {
            id: randomUUID(),
            conversationId,
            channel: 'web',
            lang: 'bg',
            rating: [5, 5, 4, 5, 3, 4, 5][n % 7]!,
            createdAt: accepted,
          },
        });
      }
    }
  }
}

export interface LiveCitizen {
  socket: Awaited<ReturnType<TestHub['citizen']>>;
  conversationId: string;
  handoffId: string;
}

/** Citizens waiting right now, as the bot hands them over (bot transcript included). */
export async function seedWaiting(h: TestHub): Promise<LiveCitizen[]> {
  const people = [
    {
      channel: 'web',
      district: 'lozenets',
      slug: 'heirs-certificate',
      reason: 'requested',
      lines: [
        'Здравейте, баща ми почина миналата седмица.',
        'В банката искат удостоверение за наследници. Откъде да започна?',
      ],
    },
    {
      channel: 'kiosk',
      district: 'mladost',
      slug: 'current-address-registration',
      reason: 'requested',
      lines: ['Преместих се в Младост, как да си сменя настоящия адрес?'],
    },
    {
      channel: 'viber',
      district: 'sredets',
      slug: 'property-tax-payment',
      reason: 'requested',
      lines: ['Искам да си платя данък сгради, но не знам колко дължа. ЕГН 7501020018'],
    },
    {
      channel: 'web',
      district: null,
      slug: null,
      reason: 'failures',
      lines: ['Как да си платя глоба от КАТ през общината?'],
    },
    {
      channel: 'chat',
      district: 'vitosha',
      slug: 'towed-vehicle',
      reason: 'requested',
      lines: ['Вдигнаха ми колата! Къде е и колко струва?'],
    },
  ];
  const out: LiveCitizen[] = [];
  for (const [i, p] of people.entries()) {
    const socket = await h.citizen();
    const { conversationId } = await call<{ conversationId: string }>(socket, 'conversation.start', {
      channel: p.channel,
      lang: 'bg',
      ...(p.district ? { district: p.district } : {}),
    });
    for (const [j, line] of p.lines.entries()) {
      await call(socket, 'message.send', {
        conversationId,
        clientMessageId: `seed-${i}-${j}-${conversationId.slice(0, 8)}`,
        body: line,
      });
    }
    const { handoff } = await call<{ handoff: { id: string } }>(socket, 'handoff.request', {
      conversationId,
      reason: p.reason,
      ...(p.slug ? { serviceSlug: p.slug } : {}),
    });
    // Older requests first: spread the waits over the last minutes.
    await h.t.db.handoffRequest.update({
      where: { id: handoff.id },
      data: { createdAt: new Date(Date.now() - (people.length - i) * 95_000) },
    });
    await h.t.db.handoffTransition.updateMany({
      where: { handoffId: handoff.id },
      data: { at: new Date(Date.now() - (people.length - i) * 95_000) },
    });
    out.push({ socket, conversationId, handoffId: handoff.id });
  }
  return out;
}
