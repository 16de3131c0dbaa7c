import type { Lang, MyDataExport } from '@hub/contract';

const TEXT = {
  bg: {
    title: 'Вашите данни в асистента на Столична община',
    generated: 'Изготвено',
    none: 'Няма запазени разговори.',
    conversation: 'Разговор',
    started: 'Започнат',
    deleteAfter: 'Ще бъде изтрит автоматично след',
    identified: 'Потвърдена самоличност (пазим само псевдоним, не ЕГН)',
    feedback: 'Оценка',
    authors: { citizen: 'Вие', bot: 'Асистент', agent: 'Служител', system: 'Съобщение' },
  },
  en: {
    title: 'Your data in the Sofia Municipality assistant',
    generated: 'Generated',
    none: 'No conversations are kept.',
    conversation: 'Conversation',
    started: 'Started',
    deleteAfter: 'Deleted automatically after',
    identified: 'Verified identity (only a pseudonym is kept, never the personal number)',
    feedback: 'Rating',
    authors: { citizen: 'You', bot: 'Assistant', agent: 'Staff member', system: 'Notice' },
  },
} as const;

/** Sofia local time, e.g. 2026-11-28 10:05. */
function local(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Sofia',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The export as a plain-text transcript a person can read, print or keep. */
export function transcriptText(data: MyDataExport, lang: Lang): string {
  const t = TEXT[lang];
  const lines = [t.title, `${t.generated}: ${local(data.generatedAt)}`, ''];
  if (data.conversations.length === 0) lines.push(t.none);
  for (const c of data.conversations) {
    lines.push('='.repeat(60), `${t.conversation} ${c.id}`, `${t.started}: ${local(c.startedAt)}`);
    lines.push(`${t.deleteAfter}: ${local(c.deleteAfter).slice(0, 10)}`);
    if (c.identified) lines.push(t.identified);
    lines.push('');
    for (const m of c.messages) lines.push(`[${local(m.at)}] ${t.authors[m.author]}: ${m.text}`);
    for (const f of c.feedback)
      lines.push(`[${local(f.at)}] ${t.feedback}: ${f.rating}/5${f.comment ? ` – ${f.comment}` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
