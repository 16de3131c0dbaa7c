import { useState } from 'preact/hooks';
import { Dialog } from '../Dialog.tsx';
import { usePrintText, type PrintKey } from './print-materials-text.ts';

const FORMATS = ['a4', 'a3', 'banner'] as const;
const LANGS = [
  ['bg', 'bg'],
  ['bg-en', 'bgEn'],
] as const;
type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; file: string; link: string }
  | { kind: 'error'; key: PrintKey };

/** One choice of several, as a labelled group of radio buttons. */
function Radios<V extends string>(props: {
  legend: string;
  name: string;
  options: readonly (readonly [V, string])[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset class="radio-list">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The file name from `Content-Disposition: attachment; filename="…"`. */
function fileName(header: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? fallback;
}

/**
 * "Print materials" for one guide (campaign kit, issue #9): the poster or banner PDF from
 * GET /api/campaign/poster, whose QR code is a short link counted for the campaign and placement.
 */
export function PrintMaterials(props: { slug: string }) {
  const pt = usePrintText();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('a4');
  const [lang, setLang] = useState<'bg' | 'bg-en'>('bg');
  const [campaign, setCampaign] = useState('general');
  const [placement, setPlacement] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download(event: Event) {
    event.preventDefault();
    setState({ kind: 'busy' });
    const query = new URLSearchParams({
      slug: props.slug,
      format,
      lang,
      campaign: campaign.trim() || 'general',
    });
    if (placement.trim()) query.set('placement', placement.trim());
    try {
      const res = await fetch(`/api/campaign/poster?${query}`, { credentials: 'same-origin' });
      if (!res.ok) {
        setState({
          kind: 'error',
          key: res.status === 503 ? 'unavailable' : res.status === 400 ? 'invalid' : 'failed',
        });
        return;
      }
      const file = fileName(res.headers.get('content-disposition'), `${props.slug}-${format}.pdf`);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'done', file, link: res.headers.get('x-short-link') ?? '' });
    } catch {
      setState({ kind: 'error', key: 'failed' });
    }
  }

  return (
    <>
      <button type="button" class="btn" onClick={() => setOpen(true)}>
        {pt('open')}
      </button>
      {open ? (
        <Dialog title={pt('title')} onClose={() => setOpen(false)}>
          <form class="form" onSubmit={download}>
            <p>{pt('lead')}</p>
            <Radios
              legend={pt('format')}
              name="print-format"
              options={FORMATS.map((f) => [f, pt(f)] as const)}
              value={format}
              onChange={setFormat}
            />
            <Radios
              legend={pt('lang')}
              name="print-lang"
              options={LANGS.map(([value, key]) => [value, pt(key)] as const)}
              value={lang}
              onChange={setLang}
            />
            <label for="print-campaign">{pt('campaign')}</label>
            <input
              id="print-campaign"
              type="text"
              maxLength={60}
              pattern="[A-Za-z0-9_.\-]+"
              value={campaign}
              onInput={(e) => setCampaign(e.currentTarget.value)}
            />
            <label for="print-placement">{pt('placement')}</label>
            <input
              id="print-placement"
              type="text"
              maxLength={80}
              value={placement}
              onInput={(e) => setPlacement(e.currentTarget.value)}
            />
            <p role="status" aria-live="polite">
              {state.kind === 'busy'
                ? pt('busy')
                : state.kind === 'done'
                  ? pt('done', { file: state.file, link: state.link })
                  : ''}
            </p>
            {state.kind === 'error' ? (
              <p class="error" role="alert">
                {pt(state.key)}
              </p>
            ) : null}
            <button type="submit" class="btn btn-primary" disabled={state.kind === 'busy'}>
              {pt('download')}
            </button>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
