import { FUNNEL_STAGES, type InsightsDto } from '@hub/contract';
import { useState } from 'preact/hooks';
import { useNames, type Names } from '../../lib/names.ts';
import { Icon } from '../Icon.tsx';
import { BarList } from '../supervisor/charts.tsx';
import { editorHref, insightsApi, type Filters } from './api.ts';
import { Change, FunnelChart, MiniFunnel, STAGE_COLOUR, TrendChart } from './charts.tsx';
import { FiltersBar, presetFilters } from './FiltersBar.tsx';
import { LoadState, useLoad } from './load.tsx';
import { formatDate, formatNumber, useAnalyticsText, type TextKey } from './texts.ts';

const TOP = 10;

/** The popularity dashboard: filters, the funnel with period-over-period change, trend, services, campaigns. */
export function Usage() {
  const { at, lang } = useAnalyticsText();
  const [filters, setFilters] = useState<Filters>({
    ...presetFilters(28),
    channel: '',
    lang: '',
    district: '',
    campaign: '',
  });
  const [campaigns, setCampaigns] = useState<string[]>([]);
  const { data, failed, retry } = useLoad(async () => {
    const d = await insightsApi.insights(filters, lang);
    setCampaigns((known) => [...new Set([...known, ...d.campaigns.map((c) => c.campaign)])].sort());
    return d;
  }, [filters, lang]);

  return (
    <>
      <div class="an-toolbar">
        <FiltersBar value={filters} onChange={setFilters} campaigns={campaigns} />
        <div class="an-actions">
          <a class="btn" href={insightsApi.csvUrl(filters, lang)} download>
            <Icon name="download" /> {at('export')}
          </a>
          <a class="btn-ghost" href="/api/open-data/service-usage.csv" download>
            {at('openData')}
          </a>
        </div>
      </div>
      <LoadState failed={failed} loading={!data} retry={retry} />
      {data ? <UsageFigures data={data} /> : null}
    </>
  );
}

function UsageFigures({ data }: { data: InsightsDto }) {
  const { at, lang } = useAnalyticsText();
  const names = useNames();
  const date = (d: string) => formatDate(d, lang);
  const top = data.services.slice(0, TOP);
  const stageExtra = (c: { asked: number; clickedOut: number }) =>
    at('by.extra', { asked: formatNumber(c.asked, lang), clickedOut: formatNumber(c.clickedOut, lang) });
  return (
    <>
      <p class="muted an-period" aria-live="polite">
        {at('periodLine', {
          from: date(data.from),
          to: date(data.to),
          pfrom: date(data.previousFrom),
          pto: date(data.previousTo),
        })}
      </p>
      <div class="an-kpis">
        {FUNNEL_STAGES.map((s) => (
          <div key={s} class="an-kpi" style={{ borderTopColor: STAGE_COLOUR[s] }}>
            <span class="kpi-label">{at(`stage.${s}`)}</span>
            <span class="kpi-value">{formatNumber(data.totals[s], lang)}</span>
            <Change now={data.totals[s]} before={data.previous[s]} upIsGood={s !== 'cameBack'} />
          </div>
        ))}
        <div class="an-kpi an-kpi-warn">
          <span class="kpi-label">{at('stage.unanswered')}</span>
          <span class="kpi-value">{formatNumber(data.unanswered, lang)}</span>
          <span class="change">{at('unanswered.sub')}</span>
        </div>
      </div>
      <div class="an-grid">
        <section class="card" aria-labelledby="an-funnel">
          <h2 id="an-funnel">{at('funnel.title')}</h2>
          <FunnelChart counts={data.totals} />
        </section>
        <section class="card an-wide" aria-labelledby="an-trend">
          <h2 id="an-trend">{at('trend.title', { bucket: at(`trend.${data.trend.bucket}`) })}</h2>
          <TrendChart
            title={at('trend.title', { bucket: at(`trend.${data.trend.bucket}`) })}
            points={data.trend.points.map((p) => ({
              label: formatDate(p.start, lang, false),
              counts: p.counts,
            }))}
          />
        </section>
        <section class="card an-wide" aria-labelledby="an-top">
          <h2 id="an-top">
            {at('top.title')} <span class="muted small">— {at('top.sub')}</span>
          </h2>
          {top.length ? (
            <ol class="an-services">
              {top.map((s) => (
                <li key={s.slug}>
                  <div class="an-service-head">
                    <a href={editorHref(s.slug)} title={at('editor.open')}>
                      {s.title}
                    </a>
                    <strong>{at('top.views', { n: formatNumber(s.counts.viewed, lang) })}</strong>
                  </div>
                  <div class="an-service-body">
                    <MiniFunnel
                      counts={s.counts}
                      label={FUNNEL_STAGES.map((st) => `${at(`stage.${st}`)} ${s.counts[st]}`).join(', ')}
                    />
                    <span class="muted small">
                      {at('top.line', {
                        asked: formatNumber(s.counts.asked, lang),
                        clickedOut: formatNumber(s.counts.clickedOut, lang),
                        cameBack: formatNumber(s.counts.cameBack, lang),
                      })}
                    </span>
                    <Change now={s.counts.viewed} before={s.previousViewed} />
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{at('none')}</p>
          )}
        </section>
        <section class="card" aria-labelledby="an-unfound">
          <h2 id="an-unfound">
            {at('unfound.title')} <span class="muted small">— {at('unfound.sub')}</span>
          </h2>
          <ul class="an-unfound">
            {data.unfound.map((u) => (
              <li key={u.slug}>
                <a href={editorHref(u.slug)}>{u.title}</a>
                <span class={u.viewed ? 'pill' : 'pill pill-warn'}>
                  {u.viewed ? at('unfound.some', { n: u.viewed }) : at('unfound.zero')}
                </span>
              </li>
            ))}
          </ul>
        </section>
        {(['channel', 'lang', 'district'] as const).map((dim) => (
          <section key={dim} class="card" aria-labelledby={`an-by-${dim}`}>
            <h2 id={`an-by-${dim}`}>{at(`by.${dim}`)}</h2>
            {data.breakdowns[dim].length ? (
              <BarList
                label={at(`by.${dim}`)}
                data={data.breakdowns[dim].map((r) => ({
                  label: dimLabel(dim, r.key, at, names),
                  value: r.counts.viewed,
                  extra: stageExtra(r.counts),
                }))}
              />
            ) : (
              <p class="muted">{at('none')}</p>
            )}
          </section>
        ))}
        <section class="card an-wide" aria-labelledby="an-campaigns">
          <h2 id="an-campaigns">
            {at('campaigns.title')} <span class="muted small">— {at('campaigns.sub')}</span>
          </h2>
          {data.campaigns.length ? (
            <ul class="an-campaigns">
              {data.campaigns.map((c) => {
                const reach = Math.max(c.visits, c.viewed);
                return (
                  <li key={c.campaign}>
                    <div class="an-service-head">
                      <strong>{c.campaign}</strong>
                      <span class="pill">
                        {at('campaigns.follow', {
                          pct: reach ? Math.round((100 * c.clickedOut) / reach) : 0,
                        })}
                      </span>
                    </div>
                    <div class="an-reach" aria-hidden="true">
                      <span class="an-reach-all" />
                      <span
                        style={{
                          width: `${reach ? (100 * c.clickedOut) / reach : 0}%`,
                          background: STAGE_COLOUR.clickedOut,
                        }}
                      />
                    </div>
                    <p class="small">
                      {at('campaigns.line', {
                        visits: formatNumber(c.visits, lang),
                        viewed: formatNumber(c.viewed, lang),
                        clickedOut: formatNumber(c.clickedOut, lang),
                      })}
                    </p>
                    {c.placements.length ? (
                      <BarList
                        label={`${c.campaign}: ${at('campaigns.placements')}`}
                        data={c.placements.map((p) => ({ label: p.key, value: p.visits }))}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p class="muted">{at('campaigns.none')}</p>
          )}
        </section>
      </div>
    </>
  );
}

function dimLabel(
  dim: 'channel' | 'lang' | 'district',
  key: string,
  at: (k: TextKey) => string,
  names: Names,
): string {
  if (dim === 'channel') return at(`channel.${key}` as TextKey);
  if (dim === 'lang') return at(`lang.${key}` as TextKey);
  return names.district(key);
}
