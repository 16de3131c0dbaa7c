import { CHANNELS } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import type { Filters } from './api.ts';
import { useAnalyticsText } from './texts.ts';

const PRESETS = [7, 28, 90, 365];
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function presetFilters(days: number, now = Date.now()): Pick<Filters, 'from' | 'to'> {
  return { from: iso(now - (days - 1) * DAY), to: iso(now) };
}

/** Period (presets or dates), channel, language, district and campaign. Changes apply at once. */
export function FiltersBar({
  value,
  onChange,
  campaigns,
}: {
  value: Filters;
  onChange(f: Filters): void;
  campaigns: string[];
}) {
  const { at, lang } = useAnalyticsText();
  const [districts, setDistricts] = useState<{ slug: string; name: string }[]>([]);
  useEffect(() => {
    void fetch(`/api/districts?lang=${lang}`)
      .then((r) => r.json() as Promise<{ districts: { slug: string; name: { bg: string; en: string } }[] }>)
      .then(
        (d) => setDistricts(d.districts.map((x) => ({ slug: x.slug, name: x.name[lang] }))),
        () => setDistricts([]),
      );
  }, [lang]);
  const preset = PRESETS.find((d) => {
    const p = presetFilters(d);
    return p.from === value.from && p.to === value.to;
  });
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });

  return (
    <form class="an-filters" aria-label={at('filters')} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="an-period">{at('filter.period')}</label>
        <select
          id="an-period"
          value={preset ? String(preset) : ''}
          onChange={(e) => {
            const days = Number(e.currentTarget.value);
            if (days) set(presetFilters(days));
          }}
        >
          {PRESETS.map((d) => (
            <option key={d} value={String(d)}>
              {at('filter.days', { days: d })}
            </option>
          ))}
          {!preset ? <option value="">{`${value.from} – ${value.to}`}</option> : null}
        </select>
      </div>
      <div class="field">
        <label for="an-from">{at('filter.from')}</label>
        <input
          id="an-from"
          type="date"
          value={value.from}
          max={value.to}
          onChange={(e) => e.currentTarget.value && set({ from: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="an-to">{at('filter.to')}</label>
        <input
          id="an-to"
          type="date"
          value={value.to}
          min={value.from}
          onChange={(e) => e.currentTarget.value && set({ to: e.currentTarget.value })}
        />
      </div>
      <Choice
        id="an-channel"
        label={at('filter.channel')}
        value={value.channel}
        onChange={(channel) => set({ channel })}
        options={CHANNELS.map((c) => [c, at(`channel.${c}`)])}
      />
      <Choice
        id="an-lang"
        label={at('filter.lang')}
        value={value.lang}
        onChange={(l) => set({ lang: l })}
        options={[
          ['bg', at('lang.bg')],
          ['en', at('lang.en')],
        ]}
      />
      <Choice
        id="an-district"
        label={at('filter.district')}
        value={value.district}
        onChange={(district) => set({ district })}
        options={districts.map((d) => [d.slug, d.name])}
      />
      <Choice
        id="an-campaign"
        label={at('filter.campaign')}
        value={value.campaign}
        onChange={(campaign) => set({ campaign })}
        options={[...new Set([...campaigns, ...(value.campaign ? [value.campaign] : [])])].map((c) => [c, c])}
      />
    </form>
  );
}

/** A labelled select whose first option, "All", means no filter. */
function Choice(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: [string, string][];
}) {
  const { at } = useAnalyticsText();
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{at('filter.all')}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
