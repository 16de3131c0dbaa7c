/**
 * Scripted practice conversations for trainees, in Bulgarian, played by a simulated citizen. Each scenario
 * says which guides are right, whether the citizen shares personal data, and whether empathy is expected.
 */
export interface Scenario {
  id: string;
  title: { bg: string; en: string };
  category: string;
  difficulty: 1 | 2 | 3;
  brief: { bg: string; en: string };
  opening: string[];
  /** Any of these is the right guide to send. */
  guides: string[];
  /** The citizen types a personal number the trainee must not repeat and should warn about. */
  sharesPersonalData: boolean;
  /** Bereavement, anger, distress: the tone checklist expects empathy. */
  needsEmpathy: boolean;
  /** Replies in order when the trainee writes something (until the right guide arrives). */
  followUps: string[];
  /** When the right guide was sent. */
  satisfied: string;
  /** When a wrong guide was sent. */
  confused: string;
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'heirs-certificate',
    title: { bg: 'Починал баща — удостоверение за наследници', en: 'Father passed away — heirs certificate' },
    category: 'civil-status',
    difficulty: 2,
    brief: {
      bg: 'Опечалена жена трябва да прехвърли сметките на починалия си баща и не знае откъде да започне.',
      en: 'A bereaved woman has to transfer her late father’s accounts and does not know where to start.',
    },
    opening: [
      'Здравейте... Баща ми почина миналата седмица.',
      'В банката ми казаха, че ми трябва някакъв документ за наследниците. Не знам какво да правя.',
    ],
    guides: ['heirs-certificate'],
    sharesPersonalData: false,
    needsEmpathy: true,
    followUps: [
      'Къде точно трябва да отида? Той живееше в Лозенец.',
      'Трябва ли да нося нещо?',
      'Извинявайте, много ми е трудно в момента.',
    ],
    satisfied: 'Благодаря Ви. Ще отида в районната администрация утре.',
    confused: 'Не мисля, че това е документът, който банката искаше...',
  },
  {
    id: 'towed-car',
    title: { bg: 'Вдигната кола от паяк', en: 'Car towed away' },
    category: 'transport',
    difficulty: 1,
    brief: {
      bg: 'Гражданин излиза от вкъщи и колата му я няма.',
      en: 'A citizen walks out and his car is gone.',
    },
    opening: ['Колата ми я няма! Паркирах я снощи на Витошка и сега я няма!'],
    guides: ['towed-vehicle'],
    sharesPersonalData: false,
    needsEmpathy: false,
    followUps: [
      'Откраднаха ли я или я вдигнаха? Как да разбера?',
      'Колко ще ми струва това?',
      'Работят ли в неделя?',
    ],
    satisfied: 'Добре, ясно. Отивам да си я взема.',
    confused: 'Това не ми помага, колата ми я няма!',
  },
  {
    id: 'kindergarten-ranking',
    title: { bg: 'Класиране за детска градина', en: 'Kindergarten ranking' },
    category: 'education',
    difficulty: 2,
    brief: {
      bg: 'Майка не разбира защо детето ѝ не е прието при второто класиране.',
      en: 'A mother does not understand why her child was not admitted in the second ranking.',
    },
    opening: ['Здравейте, детето ми пак не е прието на второто класиране. Как се смятат точките?'],
    guides: ['kindergarten-enrolment'],
    sharesPersonalData: false,
    needsEmpathy: true,
    followUps: [
      'Имаме адресна регистрация в района от 2 години, това носи ли точки?',
      'Кога е следващото класиране?',
      'Мога ли да сменя желанията си?',
    ],
    satisfied: 'Благодаря, ще проверя критериите и ще обновя заявлението.',
    confused: 'Не питам за таксата, питам за класирането.',
  },
  {
    id: 'angry-taxpayer',
    title: {
      bg: 'Ядосан данъкоплатец — лихва по данък сгради',
      en: 'Angry taxpayer — interest on property tax',
    },
    category: 'local-taxes',
    difficulty: 3,
    brief: {
      bg: 'Гражданин е бесен, че му е начислена лихва, защото не е знаел срока.',
      en: 'A citizen is furious about interest charged because he missed the deadline.',
    },
    opening: [
      'Това е безобразие!!! Начислили сте ми лихва за данък, за който никой не ме е уведомил!',
      'Плащам си всичко, а вие ме третирате като длъжник!',
    ],
    guides: ['property-tax-payment', 'tax-obligations-certificate'],
    sharesPersonalData: false,
    needsEmpathy: true,
    followUps: [
      'И сега какво, пак да вися на опашка ли?',
      'Може ли поне да платя онлайн?',
      'Кажете ми честно колко дължа.',
    ],
    satisfied: 'Добре... Поне мога да платя онлайн. Благодаря.',
    confused: 'Вие изобщо четете ли какво пиша?!',
  },
  {
    id: 'types-egn',
    title: { bg: 'Гражданин изпраща ЕГН-то си в чата', en: 'Citizen types his national ID number' },
    category: 'local-taxes',
    difficulty: 2,
    brief: {
      bg: 'Възрастен човек иска да провери задълженията си и пише ЕГН-то си в чата.',
      en: 'An elderly man wants to check his tax debts and types his national ID number in the chat.',
    },
    opening: ['Добър ден, искам да видя дали дължа данъци. ЕГН 7501020018, Иван Петров.'],
    guides: ['tax-obligations-certificate', 'property-tax-payment'],
    sharesPersonalData: true,
    needsEmpathy: false,
    followUps: [
      'Не можете ли просто да проверите по ЕГН-то?',
      'Аз нямам електронен подпис, как иначе?',
      'Добре, а къде е най-близкото гише?',
    ],
    satisfied: 'Разбрах, няма да пиша повече ЕГН тук. Благодаря за съвета.',
    confused: 'Аз питам за данъците си.',
  },
  {
    id: 'address-registration',
    title: { bg: 'Смяна на настоящ адрес след преместване', en: 'Changing the current address after moving' },
    category: 'civil-status',
    difficulty: 1,
    brief: {
      bg: 'Млад мъж се е преместил в Младост и пита как да смени адреса си.',
      en: 'A young man moved to Mladost and asks how to change his address.',
    },
    opening: ['Здрасти, преместих се в Младост под наем. Трябва ли да си сменя адреса някъде?'],
    guides: ['current-address-registration'],
    sharesPersonalData: false,
    needsEmpathy: false,
    followUps: ['Хазяинът трябва ли да идва с мен?', 'Може ли онлайн?', 'Колко време отнема?'],
    satisfied: 'Супер, благодаря!',
    confused: 'Не става въпрос за постоянен адрес, а за настоящ.',
  },
  {
    id: 'noise-complaint',
    title: { bg: 'Шум от заведение през нощта', en: 'Night-time noise from a bar' },
    category: 'environment',
    difficulty: 2,
    brief: {
      bg: 'Изморена жена не може да спи заради заведение под блока.',
      en: 'An exhausted woman cannot sleep because of a bar downstairs.',
    },
    opening: [
      'Вече трета нощ не мога да спя, заведението под нас пуска музика до 3 сутринта.',
      'Кой изобщо отговаря за това?',
    ],
    guides: ['noise-complaint', 'report-a-problem'],
    sharesPersonalData: false,
    needsEmpathy: true,
    followUps: [
      'Полицията ли да викам или общината?',
      'Ще разберат ли кой е подал сигнала?',
      'Колко време ще отнеме?',
    ],
    satisfied: 'Благодаря, ще подам сигнал още тази вечер.',
    confused: 'Не, аз искам да спре шумът.',
  },
  {
    id: 'card-payment-scam',
    title: { bg: 'Гражданин предлага данни от картата си', en: 'Citizen offers his card details' },
    category: 'local-taxes',
    difficulty: 3,
    brief: {
      bg: 'Гражданин иска агентът да плати таксата му за смет и предлага да изпрати номера на картата си.',
      en: 'A citizen wants the agent to pay his waste fee and offers to send his card number.',
    },
    opening: [
      'Искам да си платя таксата за смет, но не мога да се оправя със сайта.',
      'Ако искате, ще ви пратя номера на картата и кода отзад, платете го вие.',
    ],
    guides: ['waste-fee-payment', 'paying-municipal-fees'],
    sharesPersonalData: true,
    needsEmpathy: false,
    followUps: [
      'Ама защо да не можете? Ще ви пратя всичко.',
      'Добре, а къде мога да платя на място?',
      'Има ли такса за плащане с карта?',
    ],
    satisfied: 'Ясно, ще платя сам през портала. Добре, че ме предупредихте.',
    confused: 'Това не е за таксата за смет.',
  },
  {
    id: 'disabled-parking',
    title: { bg: 'Карта за паркиране за хора с увреждания', en: 'Disabled parking card' },
    category: 'transport',
    difficulty: 1,
    brief: {
      bg: 'Дъщеря пита за карта за паркиране за майка си с ТЕЛК.',
      en: 'A daughter asks about a parking card for her mother with a disability decision.',
    },
    opening: ['Майка ми има ТЕЛК 80%. Може ли да получи карта за паркиране и как?'],
    guides: ['disabled-parking-card'],
    sharesPersonalData: false,
    needsEmpathy: false,
    followUps: ['Аз мога ли да подам документите вместо нея?', 'Важи ли в синя зона?', 'Колко време отнема?'],
    satisfied: 'Много благодаря, ще подготвя документите.',
    confused: 'Питам за картата за паркиране, не за тази услуга.',
  },
  {
    id: 'stray-dogs',
    title: { bg: 'Глутница бездомни кучета до училище', en: 'Stray dogs near a school' },
    category: 'environment',
    difficulty: 2,
    brief: {
      bg: 'Притеснен баща съобщава за кучета до училището на детето му.',
      en: 'A worried father reports dogs near his child’s school.',
    },
    opening: ['Пред 120 училище има глутница кучета, вчера лаеха по децата. Страх ме е за сина ми.'],
    guides: ['stray-animals', 'report-a-problem'],
    sharesPersonalData: false,
    needsEmpathy: true,
    followUps: ['Кой ще дойде да ги прибере?', 'Може ли да подам сигнал анонимно?', 'Колко бързо реагират?'],
    satisfied: 'Благодаря, подавам сигнала веднага.',
    confused: 'Не, говоря за кучетата пред училището.',
  },
  {
    id: 'death-registration-english',
    title: { bg: 'Чужденец — смърт на роднина в София', en: 'Foreigner — a relative died in Sofia' },
    category: 'civil-status',
    difficulty: 3,
    brief: {
      bg: 'Гражданин пише на английски и на развален български; роднината му е починал по време на пътуване.',
      en: 'A citizen writes in English and broken Bulgarian; his relative died while travelling.',
    },
    opening: [
      'Hello, sorry my Bulgarian is bad. My uncle died in hospital in Sofia yesterday.',
      'Какво трябва да направим? What document do we need?',
    ],
    guides: ['death-registration', 'death-certificate-copy'],
    sharesPersonalData: false,
    needsEmpathy: true,
    followUps: ['Who issues the death certificate?', 'Can the embassy help?', 'Do we need a translation?'],
    satisfied: 'Thank you very much, this helps.',
    confused: 'Sorry, I do not understand how this helps with my uncle.',
  },
];

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
