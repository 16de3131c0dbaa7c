// Test support: a tiny in-memory KnowledgeBase with the real types, for unit tests of routes.
import type { Guide, KnowledgeBase, Lang, ServiceRecord } from '@hub/knowledge';

function guide(slug: string, lang: Lang, overrides: Partial<Guide> = {}): Guide {
  return {
    slug,
    lang,
    title: `${slug} (${lang})`,
    summary: `Summary of ${slug}`,
    category: 'taxes',
    lifeEvents: [],
    provider: { type: 'municipality', name: 'Sofia Municipality' },
    iisda: null,
    online: { url: `https://example.test/${slug}`, label: 'Online', eauth: 'high' },
    inPerson: { where: 'Any tax office', districtOffice: false },
    fees: [],
    deadlines: {},
    documents: ['ID card'],
    steps: [{ title: 'Apply', text: 'Apply online.' }],
    districts: [],
    aliases: [],
    latinAliases: [],
    related: [],
    sources: [{ title: 'Source', url: 'https://example.test/source' }],
    lastReviewed: '2026-11-01',
    body: `# ${slug}\n\nBody text.`,
    ...overrides,
  };
}

function service(
  slug: string,
  category: string,
  lifeEvents: Guide['lifeEvents'],
  extra: Partial<Guide> = {},
): ServiceRecord {
  return {
    slug,
    category,
    depth: 'guide',
    lifeEvents,
    guides: {
      bg: guide(slug, 'bg', { category, lifeEvents, ...extra }),
      en: guide(slug, 'en', { category, lifeEvents, ...extra }),
    },
  };
}

export function createFakeKnowledgeBase(): KnowledgeBase {
  const services = [
    service('property-tax-payment', 'taxes', ['buying-home']),
    service('waste-fee-payment', 'taxes', []),
    service('address-registration', 'civil-registry', ['moving-house'], {
      provider: { type: 'district', name: 'District administration' },
      districts: [{ district: 'sredets', where: 'ul. Test 1' }],
    }),
  ];
  const bilingual = (bg: string, en: string) => ({ bg, en });
  return {
    builtAt: '2026-11-28T00:00:00Z',
    services,
    districts: [
      {
        slug: 'sredets',
        name: bilingual('Средец', 'Sredets'),
        address: bilingual('ул. 1', 'St 1'),
        hours: null,
        phone: null,
        email: null,
        website: null,
        source: 'https://example.test/d',
      },
      {
        slug: 'lozenets',
        name: bilingual('Лозенец', 'Lozenets'),
        address: bilingual('ул. 2', 'St 2'),
        hours: null,
        phone: null,
        email: null,
        website: null,
        source: 'https://example.test/d',
      },
    ],
    categories: [
      { slug: 'taxes', title: bilingual('Данъци', 'Taxes'), description: bilingual('д', 'd'), icon: 'coins' },
      {
        slug: 'civil-registry',
        title: bilingual('ГРАО', 'Civil registry'),
        description: bilingual('д', 'd'),
        icon: 'id',
      },
    ],
    lifeEvents: [
      {
        slug: 'moving-house',
        title: bilingual('Местя се', 'Moving'),
        description: bilingual('д', 'd'),
        icon: 'box',
      },
      {
        slug: 'buying-home',
        title: bilingual('Купувам жилище', 'Buying a home'),
        description: bilingual('д', 'd'),
        icon: 'home',
      },
    ],
    getService: (slug) => services.find((s) => s.slug === slug),
    search: (query, options) => {
      const lang = options?.lang ?? 'bg';
      const hits = services.filter((s) => query.split(/\s+/).some((w) => s.slug.includes(w.toLowerCase())));
      return {
        query,
        lang,
        match: hits.length ? 'confident' : 'none',
        results: hits.slice(0, options?.limit ?? 10).map((s, i) => ({
          slug: s.slug,
          title: s.guides[lang].title,
          snippet: s.guides[lang].summary,
          score: 10 - i,
          confident: i === 0,
        })),
      };
    },
  };
}
