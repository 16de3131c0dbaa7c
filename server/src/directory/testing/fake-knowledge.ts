import type {
  Category,
  District,
  Guide,
  KnowledgeBase,
  Lang,
  LifeEvent,
  SearchResponse,
  ServiceRecord,
} from '../kb.ts';

/** A complete guide with plausible content; override any field. */
export function makeGuide(slug: string, lang: Lang, overrides: Partial<Guide> = {}): Guide {
  const bg = lang === 'bg';
  return {
    slug,
    lang,
    title: bg ? 'Удостоверение за наследници' : 'Certificate of heirs',
    summary: bg
      ? 'Показва кои са наследниците на починал човек.'
      : 'Shows who the heirs of a deceased person are.',
    category: 'civil-status',
    lifeEvents: ['relative-died'],
    provider: { type: 'district', name: bg ? 'Районна администрация' : 'District administration' },
    iisda: '2016',
    online: {
      url: 'https://usl.sofia.bg/ePortal',
      label: bg ? 'Заявете на портала' : 'Apply on the portal',
      eauth: 'high',
      note: bg ? 'Нужен е КЕП.' : 'You need a QES.',
    },
    inPerson: {
      where: bg ? 'Центърът за услуги на района' : 'The district service centre',
      districtOffice: true,
      hours: bg ? 'Понеделник–петък, 08:30–17:30' : 'Monday to Friday, 08:30–17:30',
    },
    fees: [
      {
        label: bg ? 'Обикновена (7 дни)' : 'Regular (7 days)',
        tier: 'regular',
        eur: 2.56,
        bgn: 5,
        source: 'https://example.bg/fees',
      },
      {
        label: bg ? 'Бърза (3 дни)' : 'Fast (3 days)',
        tier: 'fast',
        eur: 3.83,
        bgn: 7.5,
        source: 'https://example.bg/fees',
      },
    ],
    deadlines: { regular: bg ? '7 дни' : '7 days', fast: bg ? '3 дни' : '3 days' },
    documents: [
      bg ? 'Заявление по образец' : 'An application form',
      bg ? 'Лична карта' : 'Your identity card',
    ],
    steps: [
      {
        title: bg ? 'Подайте заявление' : 'Apply',
        text: bg ? 'Онлайн или на гишето.' : 'Online or at the desk.',
      },
      {
        title: bg ? 'Платете таксата' : 'Pay the fee',
        text: bg ? 'С карта или в брой.' : 'By card or in cash.',
      },
    ],
    afterwards: bg ? 'Декларирайте наследството.' : 'Declare the inheritance.',
    districts: [{ district: 'sredets', hours: bg ? '09:00–17:00' : '09:00–17:00', phone: '02 123 4567' }],
    aliases: [],
    latinAliases: [],
    related: [],
    sources: [{ title: bg ? 'Портал' : 'Portal', url: 'https://usl.sofia.bg/ePortal' }],
    lastReviewed: '2026-11-28',
    body: bg
      ? '## Добре е да знаете\n\n- Поискайте няколко екземпляра.'
      : '## Good to know\n\n- Ask for several copies.',
    ...overrides,
  };
}

export function makeService(
  slug: string,
  options: {
    depth?: ServiceRecord['depth'];
    category?: string;
    lifeEvents?: string[];
    bg?: Partial<Guide>;
    en?: Partial<Guide>;
  } = {},
): ServiceRecord {
  const category = options.category ?? 'civil-status';
  const lifeEvents = options.lifeEvents ?? ['relative-died'];
  return {
    slug,
    category,
    depth: options.depth ?? 'guide',
    lifeEvents,
    guides: {
      bg: makeGuide(slug, 'bg', { category, ...options.bg }),
      en: makeGuide(slug, 'en', { category, ...options.en }),
    },
  };
}

export const fakeDistricts: District[] = [
  {
    slug: 'sredets',
    name: { bg: 'Средец', en: 'Sredets' },
    address: { bg: 'ул. „Леге“ № 6', en: '6 Lege St' },
    hours: { bg: 'Понеделник–петък, 09:00–17:30', en: 'Monday to Friday, 09:00–17:30' },
    phone: '02 000 0000',
    email: 'office@example.bg',
    website: 'https://example.bg',
    source: 'https://www.sofia.bg',
  },
  {
    slug: 'lozenets',
    name: { bg: 'Лозенец', en: 'Lozenets' },
    address: { bg: 'бул. „Васил Левски“ № 2', en: '2 Vasil Levski Blvd' },
    hours: null,
    phone: null,
    email: null,
    website: null,
    source: 'https://www.sofia.bg',
  },
];

export const fakeCategories: Category[] = [
  {
    slug: 'civil-status',
    title: { bg: 'Гражданско състояние', en: 'Civil status' },
    description: { bg: 'Удостоверения и адресна регистрация.', en: 'Certificates and address registration.' },
    icon: 'id-card',
  },
  {
    slug: 'local-taxes',
    title: { bg: 'Местни данъци и такси', en: 'Local taxes and fees' },
    description: { bg: 'Данък сграда, такса смет, данък МПС.', en: 'Property tax, waste fee, vehicle tax.' },
    icon: 'coins',
  },
];

export const fakeLifeEvents: LifeEvent[] = [
  {
    slug: 'relative-died',
    title: { bg: 'Почина близък човек', en: 'Someone has died' },
    description: { bg: 'Акт за смърт, наследници, погребение.', en: 'Death registration, heirs, funeral.' },
    icon: 'flower',
  },
];

export function defaultFakeServices(): ServiceRecord[] {
  return [
    makeService('heirs-certificate', { bg: { related: ['property-tax-payment'] } }),
    makeService('property-tax-payment', {
      category: 'local-taxes',
      lifeEvents: [],
      bg: {
        title: 'Плащане на данък върху недвижимите имоти',
        summary: 'Платете данък сграда.',
        districts: [],
      },
      en: { title: 'Paying property tax', summary: 'Pay your property tax.', districts: [] },
    }),
    makeService('tourist-tax', {
      depth: 'directory',
      category: 'local-taxes',
      lifeEvents: [],
      bg: {
        title: 'Туристически данък',
        summary: 'За места за настаняване.',
        online: null,
        documents: [],
        steps: [],
        fees: [],
        deadlines: {},
        districts: [],
        afterwards: undefined,
        body: '',
      },
      en: {
        title: 'Tourist tax',
        summary: 'For places to stay.',
        online: null,
        documents: [],
        steps: [],
        fees: [],
        deadlines: {},
        districts: [],
        afterwards: undefined,
        body: '',
      },
    }),
  ];
}

/** Search over titles: a title containing the query is confident, a summary containing it is weak. */
function fakeSearch(services: ServiceRecord[]) {
  return (query: string, options: { lang?: Lang; limit?: number } = {}): SearchResponse => {
    const lang = options.lang ?? 'bg';
    const q = query.toLowerCase();
    const hit = (text: string) => text.toLowerCase().includes(q);
    const toResult = (s: ServiceRecord, confident: boolean) => ({
      slug: s.slug,
      title: s.guides[lang].title,
      snippet: s.guides[lang].summary,
      score: confident ? 1 : 0.2,
      confident,
    });
    const strong = services.filter((s) => hit(s.guides[lang].title));
    if (strong.length > 0)
      return {
        query,
        lang,
        match: strong.length > 1 ? 'ambiguous' : 'confident',
        results: strong.map((s) => toResult(s, true)),
      };
    const weak = services.filter((s) => hit(s.guides[lang].summary));
    if (weak.length > 0) return { query, lang, match: 'weak', results: weak.map((s) => toResult(s, false)) };
    return { query, lang, match: 'none', results: [] };
  };
}

export function fakeKnowledgeBase(services: ServiceRecord[] = defaultFakeServices()): KnowledgeBase {
  const bySlug = new Map(services.map((s) => [s.slug, s]));
  return {
    builtAt: '2026-11-28T00:00:00.000Z',
    services,
    districts: fakeDistricts,
    categories: fakeCategories,
    lifeEvents: fakeLifeEvents,
    getService: (slug) => bySlug.get(slug),
    search: fakeSearch(services),
  };
}
