import type { Guide, Lang } from '@hub/knowledge';
import { translator, type Translate } from '../i18n.ts';
import { formatEur } from './money.ts';

export interface Fact {
  label: string;
  value: string;
}

/** Longest first sentence of a note we still print as a fact; longer notes belong in the guide. */
const MAX_NOTE = 60;

export function costFact(guide: Guide, t: Translate, lang: Lang): string {
  const amounts = guide.fees.map((f) => f.eur);
  if (amounts.length === 0) return t('cost.unknown');
  const paid = amounts.filter((a) => a > 0);
  if (paid.length === 0) return t('cost.free');
  const lowest = Math.min(...paid);
  const text = formatEur(lowest, lang);
  return new Set(paid).size > 1 || paid.length < amounts.length ? t('cost.from', { amount: text }) : text;
}

function firstSentence(text: string): string {
  return (text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text).replace(/[.]$/, '').trim();
}

export function timeFact(guide: Guide, t: Translate): string {
  const { regular, express, fast, note } = guide.deadlines;
  if (regular) {
    const quick = express ?? fast;
    return quick ? t('time.express', { regular, express: quick }) : regular;
  }
  if (note) {
    const sentence = firstSentence(note);
    if (sentence.length <= MAX_NOTE) return sentence;
  }
  return t('time.unknown');
}

export function whereFact(guide: Guide, t: Translate): string {
  const host = guide.online ? new URL(guide.online.url).host.replace(/^www\./, '') : undefined;
  const inPerson = guide.inPerson;
  if (host && inPerson)
    return t(inPerson.districtOffice ? 'where.onlineOrDistrict' : 'where.onlineOrInPerson', { host });
  if (host) return t('where.online', { host });
  if (inPerson?.districtOffice) return t('where.district');
  if (inPerson) {
    const sentence = firstSentence(inPerson.where);
    return sentence.length <= MAX_NOTE ? sentence : t('where.inPerson');
  }
  return t('where.inPerson');
}

/** The three facts a passer-by needs: what it costs, how long it takes, where (or online). */
export function keyFacts(guide: Guide): Fact[] {
  const lang = guide.lang;
  const t = translator(lang);
  return [
    { label: t('fact.cost'), value: costFact(guide, t, lang) },
    { label: t('fact.time'), value: timeFact(guide, t) },
    { label: t('fact.where'), value: whereFact(guide, t) },
  ];
}
