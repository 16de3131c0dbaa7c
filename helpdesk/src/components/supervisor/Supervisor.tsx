import type { StatsDto } from '@hub/contract';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { dayLabel, duration } from '../../lib/format.ts';
import { useNames } from '../../lib/names.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.ts';
import type { HubSocket } from '../../lib/socket.ts';
import { TrainingHistory } from '../training/TrainingHistory.tsx';
import { CannedEditor } from './CannedEditor.tsx';
import { KioskFleet } from './KioskFleet.tsx';
import { EauthLinks } from '../identity/EauthLinks.tsx';
import { BarList, ColumnChart, Donut, Stars } from './charts.tsx';
import { Icon } from '../Icon.tsx';

export function Supervisor({ socket }: { socket: HubSocket }) {
  const { t, lang } = useI18n();
  const names = useNames();
  const [days, setDays] = useState(30);
  const [stats, setStats] = useState<StatsDto | null>(null);
  const load = useCallback(() => void api.stats(days).then(setStats, () => setStats(null)), [days]);
  useEffect(() => {
    load();
    socket.on('queue.changed', load);
    socket.on('presence.changed', load);
    socket.on('csat.submitted', load);
    const timer = setInterval(load, 30_000);
    return () => {
      socket.off('queue.changed', load);
      socket.off('presence.changed', load);
      socket.off('csat.submitted', load);
      clearInterval(timer);
    };
  }, [socket, load]);

  return (
    <main id="main" class="supervisor" tabIndex={-1}>
      <header class="page-head">
        <h1>{t('sup.title')}</h1>
        <div class="page-actions">
          <label for="sup-days">{t('sup.days')}</label>
          <select id="sup-days" value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            {[7, 30, 90].map((d) => (
              <option key={d} value={d}>
                {t('sup.period', { days: d })}
              </option>
            ))}
          </select>
          <a class="btn" href={api.statsCsvUrl(days)} download>
            <Icon name="download" /> {t('sup.export')}
          </a>
        </div>
      </header>
      {stats ? (
        <>
          <div class="kpis">
            <Kpi
              label={t('sup.waiting')}
              value={String(stats.live.waiting)}
              tone={stats.live.waiting > 5 ? 'bad' : stats.live.waiting ? 'warn' : 'good'}
            />
            <Kpi
              label={t('sup.longest')}
              value={duration(t, stats.live.longestWaitSeconds)}
              tone={stats.live.longestWaitSeconds > 300 ? 'bad' : 'neutral'}
            />
            <Kpi label={t('sup.active')} value={String(stats.live.active)} tone="neutral" />
            <Kpi
              label={t('sup.today')}
              value={String(stats.handoffsToday)}
              sub={`${t('sup.period', { days: stats.days })}: ${stats.handoffsPeriod}`}
              tone="neutral"
            />
            <Kpi
              label={t('sup.median')}
              value={stats.medianWaitSeconds === null ? '—' : duration(t, stats.medianWaitSeconds)}
              tone="neutral"
            />
            <div class="kpi kpi-neutral">
              <span class="kpi-label">{t('sup.csat')}</span>
              <span class="kpi-value">
                {stats.csatAverage ?? '—'} <Stars value={stats.csatAverage} />
              </span>
              <span class="kpi-sub">{t('sup.csatCount', { count: stats.csatCount })}</span>
            </div>
          </div>
          <div class="grid-2">
            <section class="card card-wide" aria-labelledby="per-day">
              <h2 id="per-day">{t('sup.perDay')}</h2>
              <ColumnChart
                label={t('sup.perDay')}
                data={stats.perDay
                  .slice(-Math.min(stats.days, 30))
                  .map((d) => ({ label: dayLabel(d.day, lang), value: d.handoffs }))}
              />
            </section>
            <section class="card" aria-labelledby="agents-h">
              <h2 id="agents-h">{t('sup.agents')}</h2>
              <ul class="agents">
                {stats.agents.map((a) => (
                  <li key={a.id}>
                    <span class={`dot dot-${a.status}`} aria-hidden="true" />
                    <span class="agent-name">{a.displayName}</span>
                    <span class="muted small">{t(`presence.${a.status}`)}</span>
                    <span
                      class="load-meter"
                      role="img"
                      aria-label={t('presence.load', { load: a.load, limit: a.limit })}
                    >
                      {Array.from({ length: a.limit }, (_, i) => (
                        <span key={i} class={i < a.load ? 'slot slot-on' : 'slot'} />
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section class="card" aria-labelledby="services-h">
              <h2 id="services-h">{t('sup.services')}</h2>
              {stats.topServices.length ? (
                <BarList
                  label={t('sup.services')}
                  data={stats.topServices.map((s) => ({
                    label: names.service(s.slug),
                    value: s.count,
                    href: `/services/${s.slug}`,
                  }))}
                />
              ) : (
                <p class="muted">{t('sup.none')}</p>
              )}
            </section>
            <section class="card" aria-labelledby="unanswered-h">
              <h2 id="unanswered-h">{t('sup.unanswered')}</h2>
              {stats.unanswered.length ? (
                <BarList
                  label={t('sup.unanswered')}
                  data={stats.unanswered.map((q) => ({
                    label: `„${q.question}“`,
                    value: q.count,
                    href: q.slug ? `/services/${q.slug}` : undefined,
                    extra: q.slug ? `${t('sup.improve')}: ${names.service(q.slug)}` : '',
                  }))}
                />
              ) : (
                <p class="muted">{t('sup.none')}</p>
              )}
            </section>
            <section class="card" aria-labelledby="channels-h">
              <h2 id="channels-h">{t('sup.channels')}</h2>
              <Donut
                label={t('sup.channels')}
                center={String(stats.handoffsPeriod)}
                data={stats.byChannel.map((c) => ({
                  label: t(`channel.${c.key}` as MessageKey),
                  value: c.count,
                }))}
              />
            </section>
            <section class="card" aria-labelledby="res-h">
              <h2 id="res-h">{t('sup.resolutions')}</h2>
              <Donut
                label={t('sup.resolutions')}
                center={String(stats.resolutions.reduce((s, r) => s + r.count, 0))}
                data={stats.resolutions.map((r) => ({
                  label: t(`resolution.${r.key}` as MessageKey),
                  value: r.count,
                }))}
              />
            </section>
          </div>
          <section class="card" aria-labelledby="training-h">
            <h2 id="training-h">{t('sup.training')}</h2>
            <TrainingHistory />
          </section>
          <section class="card" aria-labelledby="canned-h">
            <h2 id="canned-h">{t('sup.canned')}</h2>
            <CannedEditor />
          </section>
          <KioskFleet />
          <EauthLinks />
        </>
      ) : null}
    </main>
  );
}

function Kpi({
  label,
  value,
  sub,
  tone,
}: {
  label: string;
  value: string;
  sub?: string;
  tone: 'good' | 'warn' | 'bad' | 'neutral';
}) {
  return (
    <div class={`kpi kpi-${tone}`}>
      <span class="kpi-label">{label}</span>
      <span class="kpi-value">{value}</span>
      {sub ? <span class="kpi-sub">{sub}</span> : null}
    </div>
  );
}
