import { randomUUID } from 'node:crypto';
import type { CannedReplyDto, CannedReplyInput, Lang } from '@hub/contract';
import type { Db } from '../db/client.ts';

const DEFAULTS: CannedReplyInput[] = [
  {
    lang: 'bg',
    shortcut: 'greet',
    title: 'Поздрав',
    body: 'Здравейте! Казвам се {name} и съм служител на Столична община. С какво мога да Ви помогна?',
  },
  {
    lang: 'bg',
    shortcut: 'wait',
    title: 'Момент, проверявам',
    body: 'Благодаря за търпението — проверявам и се връщам към Вас след минута.',
  },
  {
    lang: 'bg',
    shortcut: 'privacy',
    title: 'Не споделяйте лични данни',
    body: 'Моля, не изпращайте ЕГН, ПИН или данни от банкова карта в чата. Служителите на общината никога не ги искат.',
  },
  {
    lang: 'bg',
    shortcut: 'bye',
    title: 'Приключване',
    body: 'Радвам се, че помогнах. Мога ли да помогна с нещо друго? Приятен ден!',
  },
  {
    lang: 'en',
    shortcut: 'greet',
    title: 'Greeting',
    body: 'Hello! My name is {name} and I work for Sofia Municipality. How can I help you?',
  },
  {
    lang: 'en',
    shortcut: 'wait',
    title: 'One moment',
    body: 'Thank you for your patience — I am checking and will be back in a minute.',
  },
  {
    lang: 'en',
    shortcut: 'privacy',
    title: 'Do not share personal data',
    body: 'Please do not send your national ID number, PINs or card details in the chat. Municipal staff never ask for them.',
  },
  {
    lang: 'en',
    shortcut: 'bye',
    title: 'Closing',
    body: 'Glad I could help. Is there anything else I can do for you? Have a nice day!',
  },
];

function toDto(row: {
  id: string;
  lang: string;
  shortcut: string;
  title: string;
  body: string;
  updatedAt: Date;
}): CannedReplyDto {
  return {
    id: row.id,
    lang: row.lang as Lang,
    shortcut: row.shortcut,
    title: row.title,
    body: row.body,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Canned replies; the first read of an empty table seeds a useful starter set. */
export async function listCanned(db: Db, lang?: Lang): Promise<CannedReplyDto[]> {
  if ((await db.cannedReply.count()) === 0) {
    await db.cannedReply.createMany({ data: DEFAULTS.map((d) => ({ id: randomUUID(), ...d })) });
  }
  const rows = await db.cannedReply.findMany({
    where: lang ? { lang } : {},
    orderBy: [{ lang: 'asc' }, { shortcut: 'asc' }],
  });
  return rows.map(toDto);
}

export async function createCanned(
  db: Db,
  input: CannedReplyInput,
  actorId: string,
): Promise<CannedReplyDto> {
  return toDto(await db.cannedReply.create({ data: { id: randomUUID(), ...input, updatedById: actorId } }));
}

export async function updateCanned(
  db: Db,
  id: string,
  input: CannedReplyInput,
  actorId: string,
): Promise<CannedReplyDto | null> {
  const { count } = await db.cannedReply.updateMany({
    where: { id },
    data: { ...input, updatedById: actorId },
  });
  if (count === 0) return null;
  return toDto(await db.cannedReply.findUniqueOrThrow({ where: { id } }));
}

export async function deleteCanned(db: Db, id: string): Promise<boolean> {
  return (await db.cannedReply.deleteMany({ where: { id } })).count > 0;
}
