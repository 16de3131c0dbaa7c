import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { ServiceDetail } from '../data/catalog.ts';
import { formatEur, type WhereHere } from '../guide-facts.ts';
import type { Translate } from '../i18n.ts';

/** The four things a visitor at the counter needs: where, what to bring, what it costs, how long. */
export function GuideFacts({
  guide,
  where,
  t,
  lang,
  idPrefix = 'facts',
}: {
  guide: ServiceDetail;
  where: WhereHere;
  t: Translate;
  lang: KioskLang;
  idPrefix?: string;
}) {
  const deadlines = (['regular', 'fast', 'express'] as const).filter((k) => guide.deadlines[k]);
  return (
    <div class="facts">
      <section class="panel panel-where" aria-labelledby={`${idPrefix}-where`}>
        <h2 id={`${idPrefix}-where`}>
          {where.kind === 'elsewhere' ? t('guide.where.notHere') : t('guide.where')}
        </h2>
        {where.kind === 'online' && <p>{t('guide.where.online')}</p>}
        {where.office && <p class="strong">{where.office}</p>}
        {where.where && <p>{where.where}</p>}
        {where.hours && (
          <p>
            {t('guide.hours')}: {where.hours}
          </p>
        )}
        {where.phone && (
          <p>
            {t('guide.phone')}: {where.phone}
          </p>
        )}
        {where.note && <p class="meta">{where.note}</p>}
      </section>
      <section class="panel" aria-labelledby={`${idPrefix}-bring`}>
        <h2 id={`${idPrefix}-bring`}>{t('guide.bring')}</h2>
        <ul class="checklist">
          {guide.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby={`${idPrefix}-cost`}>
        <h2 id={`${idPrefix}-cost`}>{t('guide.cost')}</h2>
        {guide.fees.length === 0 ? (
          // "No fee" only when the guide does not explain otherwise (e.g. "the fee is not published").
          !guide.feeNote && <p>{t('guide.noFees')}</p>
        ) : (
          <dl class="fees">
            {guide.fees.map((f) => (
              <div key={f.label} class="fee">
                <dt>{f.label}</dt>
                <dd>{f.tier === 'free' || f.eur === 0 ? t('guide.free') : formatEur(f.eur, lang)}</dd>
              </div>
            ))}
          </dl>
        )}
        {guide.feeNote && <p class={guide.fees.length ? 'meta' : undefined}>{guide.feeNote}</p>}
      </section>
      {(deadlines.length > 0 || guide.deadlines.note) && (
        <section class="panel" aria-labelledby={`${idPrefix}-time`}>
          <h2 id={`${idPrefix}-time`}>{t('guide.howLong')}</h2>
          <dl class="fees">
            {deadlines.map((k) => (
              <div key={k} class="fee">
                <dt>{t(`guide.deadline.${k}`)}</dt>
                <dd>{guide.deadlines[k]}</dd>
              </div>
            ))}
          </dl>
          {guide.deadlines.note && <p class="meta">{guide.deadlines.note}</p>}
        </section>
      )}
    </div>
  );
}
