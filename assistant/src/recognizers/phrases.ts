import type { Lang } from '@hub/knowledge';

/**
 * What citizens type, per intent and language (compared after normalize()). These are inputs the bot
 * recognises, never text it shows; button labels are added from the locale files at run time.
 * Latin-script Bulgarian ("shlyokavitsa") counts as Bulgarian.
 */
export type PhraseIntent =
  'greeting' | 'help' | 'thanks' | 'goodbye' | 'restart' | 'categories' | 'yes' | 'no' | 'more';

export const WHOLE_MESSAGE_PHRASES: Record<PhraseIntent, Record<Lang, string[]>> = {
  greeting: {
    bg: [
      'здравейте',
      'здравей',
      'здрасти',
      'добър ден',
      'добро утро',
      'добър вечер',
      'привет',
      'хей',
      'ало',
      'zdraveite',
      'zdravejte',
      'zdravei',
      'zdrasti',
      'dobar den',
      'dobur den',
    ],
    en: [
      'hello',
      'hi',
      'hey',
      'hello there',
      'hi there',
      'good morning',
      'good afternoon',
      'good evening',
      'greetings',
    ],
  },
  help: {
    bg: [
      'помощ',
      'помогни',
      'помогнете',
      'какво можеш',
      'какво можеш да правиш',
      'какво умееш',
      'как работиш',
      'меню',
      'pomosht',
      'pomo6t',
    ],
    en: ['help', 'help me', 'what can you do', 'how does this work', 'menu', 'options'],
  },
  thanks: {
    bg: [
      'благодаря',
      'благодаря ви',
      'благодаря много',
      'мерси',
      'много благодаря',
      'благодаря за помощта',
      'blagodarya',
      'blagodaria',
      'mersi',
      'merci',
    ],
    en: ['thanks', 'thank you', 'thank you very much', 'thanks a lot', 'thx', 'cheers', 'many thanks'],
  },
  goodbye: {
    bg: [
      'довиждане',
      'дочуване',
      'чао',
      'до скоро',
      'приятен ден',
      'лека вечер',
      'dovijdane',
      'dovizhdane',
      'chao',
    ],
    en: ['bye', 'goodbye', 'good bye', 'bye bye', 'see you', 'see you later'],
  },
  restart: {
    bg: ['рестарт', 'отначало', 'започни отначало', 'започни наново', 'нов разговор', 'начало', 'изчисти'],
    en: ['restart', 'start over', 'start again', 'reset', 'new conversation', 'clear'],
  },
  categories: {
    bg: ['категории', 'всички услуги', 'разгледай категориите', 'разгледай', 'списък с услуги'],
    en: ['categories', 'browse categories', 'all services', 'browse', 'list of services'],
  },
  yes: {
    bg: ['да', 'да моля', 'добре', 'искам', 'разбира се', 'ok', 'ок', 'da'],
    en: ['yes', 'yes please', 'ok', 'okay', 'sure', 'please do', 'yep'],
  },
  more: {
    bg: ['още', 'още райони', 'други', 'друг район', 'следващи'],
    en: ['more', 'more districts', 'other', 'other district', 'next'],
  },
  no: {
    bg: ['не', 'не благодаря', 'не сега', 'не искам', 'ne'],
    en: ['no', 'no thanks', 'no thank you', 'not now', 'nope'],
  },
};

/** Phrases that decide the intent wherever they occur in the message. */
export const CONTAINED_PHRASES: Record<'handoff' | 'callback', Record<Lang, string[]>> = {
  handoff: {
    bg: [
      'говоря с човек',
      'говоря със служител',
      'говоря с оператор',
      'жив човек',
      'оператор',
      'оператора',
      'служител',
      'свържете ме',
      'консултант',
      'govorq s chovek',
      'govorya s chovek',
      'operator',
    ],
    en: [
      'talk to a person',
      'speak to a person',
      'talk to a human',
      'speak to a human',
      'real person',
      'human agent',
      'talk to someone',
      'speak to someone',
      'live agent',
      'an agent',
      'a human',
    ],
  },
  callback: {
    bg: ['обратно обаждане', 'обадете ми се', 'да ми се обадите', 'да ми се обадят'],
    en: ['call me back', 'call back', 'callback', 'call-back'],
  },
};

export const LANGUAGE_SWITCH: Record<Lang, string[]> = {
  en: [
    'english',
    'english please',
    'in english',
    'speak english',
    'на английски',
    'на английски моля',
    'na angliiski',
    'can we speak english',
  ],
  bg: [
    'на български',
    'на български моля',
    'български',
    'bulgarian',
    'bulgarian please',
    'in bulgarian',
    'na balgarski',
    'na bulgarski',
  ],
};

/**
 * Questions about the citizen's own account: amounts owed, fines, payments. Never answered by the bot.
 * "How do I pay my property tax?" is a service question; "how much is my property tax?" is about an account.
 */
const MONEY_BG = '(?:глоб|данък|данъц|такс|задължени|дълг|сметк)\\p{L}*';
const MINE_BG = '(?:ми|моя|моят|моите|моята|моето|ни)';
export const ACCOUNT_PATTERNS: { lang: Lang; pattern: RegExp }[] = [
  { lang: 'bg', pattern: /(^| )(дължа|дължим|дължи ли|дължа ли)( |$)/u },
  { lang: 'bg', pattern: new RegExp(`(^| )${MONEY_BG}( \\p{L}+)* ${MINE_BG}( |$)`, 'u') },
  { lang: 'bg', pattern: new RegExp(`(^| )(моя|моят|моите|моята|моето)( \\p{L}+)? ${MONEY_BG}`, 'u') },
  { lang: 'bg', pattern: new RegExp(`(^| )колко ми е( \\p{L}+)? ${MONEY_BG}`, 'u') },
  {
    lang: 'bg',
    pattern: /(^| )(платил ли съм|платила ли съм|имам ли (\p{L}+ )?(глоби|глоба|задължения|дългове))( |$)/u,
  },
  { lang: 'bg', pattern: /(^| )(dalzha|dulzha|dylzha)( |$)/u },
  // "моето заявление за детска градина": the state of one's own application, also never answered by the bot.
  { lang: 'bg', pattern: /(^| )(моето|моята|моите|ми) (заявлени\p{L}*|кандидатстван\p{L}*)( |$)/u },
  { lang: 'bg', pattern: /(^| )(заявлени\p{L}*|кандидатстван\p{L}*) ми( |$)/u },
  {
    lang: 'en',
    pattern: /(^| )(do i owe|i owe|have i paid|did i pay|am i fined|my balance|my debts?|my arrears)( |$)/u,
  },
  { lang: 'en', pattern: /(^| )how much( \p{L}+)* my( \p{L}+)? (tax|taxes|fines?|debts?|bill|bills)( |$)/u },
  { lang: 'en', pattern: /(^| )(any|have i got|do i have)( \p{L}+)? fines?( |$)/u },
  { lang: 'en', pattern: /(^| )my( \p{L}+)? (fines?|debts?|penalt\p{L}*)( |$)/u },
  { lang: 'en', pattern: /(^| )my( \p{L}+)? (application|applications)( |$)/u },
];

/** Words around a personal number that carry no question ("моето ЕГН е …", "my phone is …"). */
/** Why a citizen asking about their own case would sign in: words of a kindergarten application or of taxes. */
export const IDENTITY_REASON_PATTERNS = {
  kindergarten: /градин|ясл|kindergarten|nursery|detsk|gradin/u,
  personal_tax: /дан[ъи]|такс|tax|danak|danuk/u,
} as const;

export const PERSONAL_DATA_WORDS: Record<Lang, Set<string>> = {
  bg: new Set([
    'егн',
    'лнч',
    'iban',
    'ибан',
    'телефон',
    'телефонът',
    'тел',
    'номер',
    'номерът',
    'карта',
    'картата',
    'имейл',
    'имейлът',
    'моето',
    'моят',
    'моя',
    'мой',
    'ми',
    'е',
    'ето',
    'това',
    'и',
    'egn',
    'lnch',
  ]),
  en: new Set([
    'my',
    'phone',
    'number',
    'card',
    'is',
    'here',
    'email',
    'e',
    'mail',
    'and',
    'mobile',
    'personal',
    'iban',
    'it',
    's',
  ]),
};

/** Words around a district name ("район Лозенец", "I live in Lyulin"). */
export const DISTRICT_FILLER = new Set([
  'район',
  'рн',
  'в',
  'във',
  'живея',
  'съм',
  'от',
  'district',
  'in',
  'i',
  'live',
  'am',
  'from',
  'the',
  'rayon',
  'raion',
]);
