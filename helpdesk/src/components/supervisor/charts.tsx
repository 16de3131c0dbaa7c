/** Small SVG charts: enough for a supervisor's glance, no library. Each has a text alternative. */

export function ColumnChart({
  data,
  label,
  format,
}: {
  data: { label: string; value: number }[];
  label: string;
  format?(v: number): string;
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const w = 640;
  const h = 180;
  const gap = 4;
  const bw = Math.max(4, (w - gap * (data.length - 1)) / Math.max(1, data.length));
  const every = Math.ceil(data.length / 10);
  return (
    <figure class="chart">
      <svg
        viewBox={`-16 0 ${w + 32} ${h + 24}`}
        role="img"
        aria-label={`${label}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}
      >
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <line key={f} x1={0} x2={w} y1={h - h * f} y2={h - h * f} class="grid" />
        ))}
        {data.map((d, i) => {
          const bh = (d.value / max) * (h - 16);
          const x = i * (bw + gap);
          return (
            <g key={d.label}>
              <rect
                x={x}
                y={h - bh}
                width={bw}
                height={Math.max(bh, d.value ? 2 : 0)}
                rx={3}
                class={i === data.length - 1 ? 'bar bar-today' : 'bar'}
              />
              {d.value && bw > 14 ? (
                <text x={x + bw / 2} y={h - bh - 4} class="bar-value" text-anchor="middle">
                  {format ? format(d.value) : d.value}
                </text>
              ) : null}
              {i % every === 0 || i === data.length - 1 ? (
                <text x={x + bw / 2} y={h + 16} class="axis" text-anchor="middle">
                  {d.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function BarList({
  data,
  label,
}: {
  data: { label: string; value: number; href?: string | undefined; extra?: string }[];
  label: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <ul class="barlist" aria-label={label}>
      {data.map((d) => (
        <li key={d.label}>
          <div class="barlist-row">
            <span class="barlist-label">{d.href ? <a href={d.href}>{d.label}</a> : d.label}</span>
            <span class="barlist-value">{d.value}</span>
          </div>
          <div class="barlist-track" aria-hidden="true">
            <span style={{ width: `${(100 * d.value) / max}%` }} />
          </div>
          {d.extra ? <div class="barlist-extra">{d.extra}</div> : null}
        </li>
      ))}
    </ul>
  );
}

const PALETTE = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#0a7ea4', '#6e7781'];

export function Donut({
  data,
  label,
  center,
}: {
  data: { label: string; value: number }[];
  label: string;
  center: string;
}) {
  const total = data.reduce((s, d) => s + d.value, 0) || 1;
  const r = 52;
  const c = 2 * Math.PI * r;
  let offset = 0;
  return (
    <figure class="donut">
      <svg
        viewBox="0 0 140 140"
        role="img"
        aria-label={`${label}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}
      >
        <circle cx={70} cy={70} r={r} class="donut-track" />
        {data.map((d, i) => {
          const len = (d.value / total) * c;
          const el = (
            <circle
              key={d.label}
              cx={70}
              cy={70}
              r={r}
              fill="none"
              stroke={PALETTE[i % PALETTE.length]}
              stroke-width={18}
              stroke-dasharray={`${len} ${c - len}`}
              stroke-dashoffset={-offset}
              transform="rotate(-90 70 70)"
            />
          );
          offset += len;
          return el;
        })}
        <text x={70} y={76} text-anchor="middle" class="donut-center">
          {center}
        </text>
      </svg>
      <figcaption>
        <ul class="legend">
          {data.map((d, i) => (
            <li key={d.label}>
              <span class="swatch" style={{ background: PALETTE[i % PALETTE.length] }} aria-hidden="true" />
              {d.label} <strong>{d.value}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** CSAT as five stars filled to the average. */
export function Stars({ value }: { value: number | null }) {
  const pct = value === null ? 0 : (value / 5) * 100;
  return (
    <span class="stars" aria-hidden="true">
      <span class="stars-empty">★★★★★</span>
      <span class="stars-full" style={{ width: `${pct}%` }}>
        ★★★★★
      </span>
    </span>
  );
}
