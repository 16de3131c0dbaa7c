import type { Guide, Lang, ServiceRecord } from '@hub/knowledge';

type Step = { title: string; text: string };

function guide(lang: Lang, slug: string, steps: Step[], overrides: Partial<Guide>): Guide {
  return {
    slug,
    lang,
    title: lang === 'bg' ? 'Тестова услуга' : 'Test service',
    summary: lang === 'bg' ? 'Кратко описание.' : 'A short summary.',
    category: 'civil-status',
    lifeEvents: [],
    provider: { type: 'district', name: 'Район' },
    iisda: null,
    online: { url: 'https://usl.sofia.bg/ePortal', label: 'ePortal', eauth: 'high' },
    inPerson: { where: 'Районът', districtOffice: true },
    fees: [{ label: 'Такса', tier: 'fixed', eur: 1.28, bgn: 2.5, source: 'https://example.org' }],
    deadlines: { regular: lang === 'bg' ? '7 дни' : '7 days' },
    documents: [],
    steps,
    districts: [],
    aliases: [],
    latinAliases: [],
    related: [],
    sources: [{ title: 'Source', url: 'https://example.org' }],
    lastReviewed: '2026-11-28',
    body: '',
    ...overrides,
  };
}

/** A small service with a guide in both languages; steps default to two short ones so videos stay tiny. */
export function makeService(
  options: {
    slug?: string;
    stepsBg?: Step[];
    stepsEn?: Step[];
    bg?: Partial<Guide>;
    en?: Partial<Guide>;
  } = {},
): ServiceRecord {
  const slug = options.slug ?? 'test-service';
  const stepsBg = options.stepsBg ?? [
    { title: 'Подайте', text: 'Подайте заявление.' },
    { title: 'Вземете', text: 'Вземете документа.' },
  ];
  const stepsEn = options.stepsEn ?? [
    { title: 'Apply', text: 'Send the application.' },
    { title: 'Collect', text: 'Collect the document.' },
  ];
  return {
    slug,
    category: 'civil-status',
    depth: 'guide',
    lifeEvents: [],
    guides: {
      bg: guide('bg', slug, stepsBg, options.bg ?? {}),
      en: guide('en', slug, stepsEn, options.en ?? {}),
    },
  };
}
