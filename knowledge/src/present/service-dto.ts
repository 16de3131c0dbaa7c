import type { Lang, ServiceDetail, ServiceSummary } from '@hub/contract';
import type { ServiceRecord } from '../types.ts';

// Type-only imports: this module is bundled into browser apps (the kiosk's offline catalog) as well as
// used by the server's API, so both present a guide the same way.

/** Turns a knowledge-base record into the wire DTO of one language. */
export function toServiceSummary(record: ServiceRecord, lang: Lang): ServiceSummary {
  const guide = record.guides[lang];
  return {
    slug: record.slug,
    lang,
    title: guide.title,
    summary: guide.summary,
    category: record.category,
    depth: record.depth,
    lifeEvents: [...record.lifeEvents],
    provider: { type: guide.provider.type, name: guide.provider.name },
    online: guide.online
      ? {
          url: guide.online.url,
          label: guide.online.label,
          eauth: guide.online.eauth,
          ...(guide.online.note ? { note: guide.online.note } : {}),
        }
      : null,
    districts: guide.districts.map((d) => d.district),
  };
}

export function toServiceDetail(record: ServiceRecord, lang: Lang): ServiceDetail {
  const guide = record.guides[lang];
  return {
    ...toServiceSummary(record, lang),
    iisda: guide.iisda,
    inPerson: guide.inPerson,
    fees: guide.fees,
    ...(guide.feeNote ? { feeNote: guide.feeNote } : {}),
    deadlines: guide.deadlines,
    documents: guide.documents,
    steps: guide.steps,
    ...(guide.afterwards ? { afterwards: guide.afterwards } : {}),
    districtDetails: guide.districts,
    related: guide.related,
    ...(guide.video ? { video: guide.video } : {}),
    sources: guide.sources,
    lastReviewed: guide.lastReviewed,
    body: guide.body,
  };
}
