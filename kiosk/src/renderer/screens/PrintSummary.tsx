import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { DistrictDto, ServiceDetail } from '../data/catalog.ts';
import { QrCode } from '../components/QrCode.tsx';
import type { WhereHere } from '../guide-facts.ts';
import type { Translate } from '../i18n.ts';
import { GuideFacts } from './GuideFacts.tsx';

/** One printed page: only this is visible in print (see the print stylesheet). */
export function PrintSummary(p: {
  guide: ServiceDetail;
  where: WhereHere;
  url: string;
  district: DistrictDto | undefined;
  t: Translate;
  lang: KioskLang;
}) {
  return (
    <section class="print-summary" aria-hidden="true">
      <h1>{p.guide.title}</h1>
      <p>{p.guide.summary}</p>
      <GuideFacts guide={p.guide} where={p.where} t={p.t} lang={p.lang} idPrefix="print" />
      <div class="print-qr">
        <QrCode text={p.url} label="" />
        <p>
          {p.t('print.scan')}
          <br />
          {p.url}
        </p>
      </div>
      <p class="meta">{p.t('print.kiosk', { district: p.district?.name[p.lang] ?? '' })}</p>
    </section>
  );
}
