/**
 * Charts of the insights pages: hand-made SVG, colour-blind-safe (Okabe–Ito palette plus distinct line
 * patterns and markers), each with a text alternative. Bar lists and columns come from ../supervisor/charts.
 */
import { FUNNEL_STAGES, type FunnelCounts, type FunnelStage } from '@hub/contract';
import { change, formatNumber, useAnalyticsText } from './texts.ts';

/** Okabe & Ito (2008): distinguishable with every common colour-vision deficiency. */
export const STAGE_COLOUR: Record<FunnelStage, string> = {
  asked: '#0072B2',
  viewed: '#009E73',
  watched: '#CC79A7',
  clickedOut: '#E69F00',
  cameBack: '#D55E00',
};
const STAGE_DASH: Record<FunnelStage, string | undefined> = {
  asked: undefined,
  viewed: undefined,
  watched: '2 4',
  clickedOut: '8 4',
  cameBack: '1 3',
};

function Marker({ stage, x, y }: { stage: FunnelStage; x: number; y: number }) {
  const c = STAGE_COLOUR[stage];
  if (stage === 'viewed') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={c} />;
  if (stage === 'clickedOut')
    return <path d={`M${x} ${y - 4.5} L${x + 4.5} ${y + 3.5} L${x - 4.5} ${y + 3.5}Z`} fill={c} />;
  if (stage === 'cameBack')
    return <path d={`M${x} ${y - 4.5} L${x + 4.5} ${y} L${x} ${y + 4.5} L${x - 4.5} ${y}Z`} fill={c} />;
  return <circle cx={x} cy={y} r={stage === 'watched' ? 3 : 3.5} fill={c} />;
}

/** A legend key: the series' line pattern and marker, so colour is never the only cue. */
export function StageKey({ stage }: { stage: FunnelStage }) {
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" class="stage-key">
      <line
        x1={1}
        x2={27}
        y1={6}
        y2={6}
        stroke={STAGE_COLOUR[stage]}
        stroke-width={2.5}
        stroke-dasharray={STAGE_DASH[stage]}
      />
      <Marker stage={stage} x={14} y={6} />
    </svg>
  );
}

/** "▲ 12% on the previous period", with the arrow's meaning in words. */
export function Change({
  now,
  before,
  upIsGood = true,
}: {
  now: number;
  before: number;
  upIsGood?: boolean;
}) {
  const { at } = useAnalyticsText();
  const pct = change(now, before);
  if (pct === null) return <span class="change">{at('change.new')}</span>;
  if (pct === 0) return <span class="change">{at('change.same')}</span>;
  return (
    <span class={`change ${pct > 0 === upIsGood ? 'change-good' : 'change-bad'}`}>
      {at(pct > 0 ? 'change.up' : 'change.down', { pct: Math.abs(pct) })}
    </span>
  );
}

/** What each stage is a share of: watching the video and going to the e-service both follow reading the guide. */
const BASE: Record<FunnelStage, 'asked' | 'viewed' | 'clickedOut' | null> = {
  asked: null,
  viewed: 'asked',
  watched: 'viewed',
  clickedOut: 'viewed',
  cameBack: 'clickedOut',
};

/** The five stages as horizontal bars narrowing down, each with its share of the step before. */
export function FunnelChart({ counts }: { counts: FunnelCounts }) {
  const { at, lang } = useAnalyticsText();
  const max = Math.max(1, ...FUNNEL_STAGES.map((s) => counts[s]));
  const summary = at(
    'funnel.summary',
    Object.fromEntries(FUNNEL_STAGES.map((s) => [s, formatNumber(counts[s], lang)])),
  );
  return (
    <figure class="funnel">
      <ol class="funnel-steps" aria-label={summary}>
        {FUNNEL_STAGES.map((s) => {
          const base = BASE[s];
          const prev = base ? counts[base] : 0;
          return (
            <li key={s} class="funnel-step">
              <span class="funnel-label">{at(`stage.${s}`)}</span>
              <span class="funnel-track">
                <span
                  class="funnel-bar"
                  style={{ width: `${Math.max(0.5, (100 * counts[s]) / max)}%`, background: STAGE_COLOUR[s] }}
                />
              </span>
              <span class="funnel-value">{formatNumber(counts[s], lang)}</span>
              <span class="funnel-share">
                {base && prev > 0
                  ? at(`funnel.of.${base}`, { pct: Math.round((100 * counts[s]) / prev) })
                  : ''}
              </span>
            </li>
          );
        })}
      </ol>
      <figcaption class="muted small">{at('funnel.note')}</figcaption>
    </figure>
  );
}

export interface TrendPoint {
  label: string;
  counts: FunnelCounts;
}

/** One line per stage over time; the figcaption says in words how each line moved. */
export function TrendChart({ points, title }: { points: TrendPoint[]; title: string }) {
  const { at, lang } = useAnalyticsText();
  const w = 720;
  const h = 220;
  const left = 40;
  const max = Math.max(1, ...points.flatMap((p) => FUNNEL_STAGES.map((s) => p.counts[s])));
  const nice = Math.pow(10, Math.floor(Math.log10(max)));
  const top = Math.ceil(max / nice) * nice;
  const x = (i: number) =>
    left + (points.length > 1 ? (i * (w - left - 12)) / (points.length - 1) : (w - left) / 2);
  const y = (v: number) => 10 + (h - 10) * (1 - v / top);
  const every = Math.ceil(points.length / 8);
  const sentences = FUNNEL_STAGES.map((s) => {
    const values = points.map((p) => p.counts[s]);
    const maxV = Math.max(...values, 0);
    return at('trend.summary', {
      stage: at(`stage.${s}`),
      first: formatNumber(values[0] ?? 0, lang),
      last: formatNumber(values.at(-1) ?? 0, lang),
      max: formatNumber(maxV, lang),
      maxDay: points[values.indexOf(maxV)]?.label ?? '',
    });
  });
  return (
    <figure class="trend">
      <div class="trend-scroll">
        <svg viewBox={`0 0 ${w} ${h + 26}`} role="img" aria-label={`${title}. ${sentences.join(' ')}`}>
          {[0, 0.25, 0.5, 0.75, 1].map((f) => (
            <g key={f}>
              <line x1={left} x2={w - 4} y1={y(top * f)} y2={y(top * f)} class="grid" />
              <text x={left - 6} y={y(top * f) + 4} class="axis" text-anchor="end">
                {formatNumber(Math.round(top * f), lang)}
              </text>
            </g>
          ))}
          {points.map((p, i) =>
            i % every === 0 || i === points.length - 1 ? (
              <text
                key={p.label}
                x={x(i)}
                y={h + 18}
                class="axis"
                text-anchor={i === points.length - 1 && points.length > 1 ? 'end' : 'middle'}
              >
                {p.label}
              </text>
            ) : null,
          )}
          {FUNNEL_STAGES.map((s) => (
            <g key={s}>
              <polyline
                fill="none"
                stroke={STAGE_COLOUR[s]}
                stroke-width={2.5}
                stroke-linejoin="round"
                stroke-dasharray={STAGE_DASH[s]}
                points={points.map((p, i) => `${x(i)},${y(p.counts[s])}`).join(' ')}
              />
              {points.length <= 31
                ? points.map((p, i) => <Marker key={p.label} stage={s} x={x(i)} y={y(p.counts[s])} />)
                : null}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        <ul class="legend legend-row">
          {FUNNEL_STAGES.map((s) => (
            <li key={s}>
              <StageKey stage={s} /> {at(`stage.${s}`)}
            </li>
          ))}
        </ul>
        <details class="numbers">
          <summary>{at('trend.table')}</summary>
          <p class="small">{sentences.join(' ')}</p>
          <table class="small">
            <thead>
              <tr>
                <th scope="col">{at('trend.start')}</th>
                {FUNNEL_STAGES.map((s) => (
                  <th key={s} scope="col">
                    {at(`stage.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.label}>
                  <th scope="row">{p.label}</th>
                  {FUNNEL_STAGES.map((s) => (
                    <td key={s}>{formatNumber(p.counts[s], lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}

/** A service's path as five small bars on one scale (the service's own questions or views). */
export function MiniFunnel({ counts, label }: { counts: FunnelCounts; label: string }) {
  const max = Math.max(1, ...FUNNEL_STAGES.map((s) => counts[s]));
  return (
    <svg class="mini-funnel" viewBox="0 0 100 24" role="img" aria-label={label} preserveAspectRatio="none">
      {FUNNEL_STAGES.map((s, i) => {
        const bh = (20 * counts[s]) / max;
        return (
          <rect
            key={s}
            x={i * 20 + 1}
            y={22 - bh}
            width={17}
            height={Math.max(bh, counts[s] ? 1.5 : 0)}
            rx={2}
            fill={STAGE_COLOUR[s]}
          />
        );
      })}
      <line x1={0} x2={100} y1={22.5} y2={22.5} stroke="#c5cdd8" stroke-width={1} />
    </svg>
  );
}

/** Two bars: the share answered before and after a guide changed. */
export function RateBars({
  before,
  after,
}: {
  before: { answered: number; total: number } | null;
  after: { answered: number; total: number } | null;
}) {
  const { at } = useAnalyticsText();
  const text = (r: typeof before) =>
    r
      ? at('rate.value', {
          pct: Math.round((100 * r.answered) / r.total),
          answered: r.answered,
          total: r.total,
        })
      : at('rate.nodata');
  return (
    <div
      class="rates"
      role="group"
      aria-label={`${at('rate.title')}. ${at('rate.summary', { before: text(before), after: text(after) })}`}
    >
      {(
        [
          ['rate.before', before, 'rate-before'],
          ['rate.after', after, 'rate-after'],
        ] as const
      ).map(([key, r, cls]) => (
        <div key={key} class="rate-row" aria-hidden="true">
          <span class="rate-label">{at(key)}</span>
          <span class="rate-track">
            <span class={`rate-bar ${cls}`} style={{ width: `${r ? (100 * r.answered) / r.total : 0}%` }} />
          </span>
          <span class="rate-value">{text(r)}</span>
        </div>
      ))}
    </div>
  );
}
