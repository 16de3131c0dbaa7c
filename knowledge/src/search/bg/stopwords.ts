import { createRequire } from 'node:module';

const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/**
 * stopwords-iso's Bulgarian list minus words that carry meaning in municipal questions
 * (time periods, "new", "first grade", "blue zone"…), plus conversational fillers citizens put in questions.
 */
const MEANINGFUL = new Set([
  'година',
  'години',
  'годишен',
  'месец',
  'ден',
  'дни',
  'часа',
  'време',
  'нов',
  'нова',
  'нови',
  'новина',
  'глас',
  'живот',
  'главен',
  'главна',
  'син',
  'първи',
  'първата',
  'първо',
  'два',
  'две',
  'три',
  'двама',
  'двамата',
  'двете',
  'лош',
  'мек',
  'мокър',
  'евтин',
  'юмрук',
  'смях',
  'заспал',
  'хиляди',
  'екип',
]);

const FILLERS = [
  'здравейте',
  'здрасти',
  'моля',
  'искам',
  'искаме',
  'трябват',
  'трябваше',
  'нужно',
  'нужен',
  'нужна',
  'какви',
  'кои',
  'мога',
  'можем',
  'мой',
  'моя',
  'моят',
  'моето',
  'нашия',
  'нашата',
  'някой',
  'ли',
  'някакъв',
  'какъв',
  'каква',
  'бих',
  'желая',
  'хей',
  'добър',
  'ден',
  'вечер',
  'сутрин',
  'ок',
  'ами',
  'кажете',
  'кажи',
  'помогнете',
  'помощ',
  'въпрос',
  'питам',
  'става',
  'правя',
  'направя',
  'стане',
  'струва',
  'струват',
  'цената',
];

const iso = stopwordsIso.bg ?? [];

/** Stop words removed before stemming, for both indexing and queries. */
export const bgStopWords: ReadonlySet<string> = new Set(
  [...iso.filter((w) => !MEANINGFUL.has(w)), ...FILLERS.filter((w) => !MEANINGFUL.has(w))].map((w) =>
    w.toLowerCase(),
  ),
);
