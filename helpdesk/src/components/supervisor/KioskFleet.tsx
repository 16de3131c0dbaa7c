import type { KioskDeviceDto, KioskProvisionedDto, KioskPushInput } from '@hub/contract';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';
import { fillTemplate, useI18n } from '../../lib/i18n.ts';
import { kioskText } from './kiosk-strings.ts';

type Text = ReturnType<typeof kioskText>;

function age(t: Text, iso: string | null, now: number): string {
  if (!iso) return t.never;
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const [n, unit] =
    s < 90
      ? [s, t.sec]
      : s < 5400
        ? [Math.round(s / 60), t.min]
        : s < 172_800
          ? [Math.round(s / 3600), t.hour]
          : [Math.round(s / 86_400), t.day];
  return fillTemplate(t.ago, { n, unit });
}

/** Supervisors: the lobby kiosks' health (from their heartbeats, kept in the database) and pushes to them. */
export function KioskFleet() {
  const { lang } = useI18n();
  const t = kioskText(lang);
  const [devices, setDevices] = useState<KioskDeviceDto[] | null>(null);
  const [now, setNow] = useState(Date.now());
  const load = useCallback(
    () =>
      void api.request<{ devices: KioskDeviceDto[] }>('GET', '/api/kiosk/devices').then(
        (r) => {
          setDevices(r.devices);
          setNow(Date.now());
        },
        () => setDevices(null),
      ),
    [],
  );
  useEffect(() => {
    load();
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, [load]);
  if (!devices) return null;

  return (
    <section class="card kiosk-fleet" aria-labelledby="kiosks-h">
      <h2 id="kiosks-h">{t.title}</h2>
      <p class="muted small">{t.lead}</p>
      {devices.length ? (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.place}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.lastReset}</th>
              <th scope="col">{t.errors}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} data-kiosk={d.id}>
                <td>
                  {d.name}
                  <br />
                  <code class="small">{d.id}</code>
                </td>
                <td>
                  {d.location || '—'}
                  <br />
                  <span class="muted small">{d.district ?? '—'}</span>
                </td>
                <td>
                  <span class={d.online ? 'tag tag-info' : 'tag tag-warn'}>
                    {!d.active ? t.disabled : d.online ? t.online : t.offline}
                  </span>
                  <br />
                  <span class="muted small">{fillTemplate(t.seen, { age: age(t, d.lastSeenAt, now) })}</span>
                </td>
                <td>{d.version ?? '—'}</td>
                <td>{d.lastResetAt ? age(t, d.lastResetAt, now) : '—'}</td>
                <td>
                  {d.errorsLastBeat} / {d.errorsTotal}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t.none}</p>
      )}
      <PushForm devices={devices} t={t} />
      <ProvisionForm t={t} onAdded={load} />
    </section>
  );
}

function PushForm({ devices, t }: { devices: KioskDeviceDto[]; t: Text }) {
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<'notice' | 'config'>('notice');
  const [text, setText] = useState('');
  const [minutes, setMinutes] = useState(60);
  const [lang, setLang] = useState<'' | 'bg' | 'en'>('');
  const [idle, setIdle] = useState('');
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const deviceId = target || undefined;
    const config = {
      ...(lang ? { lang } : {}),
      ...(idle ? { idleTimeoutSeconds: Number(idle) } : {}),
    };
    const body: KioskPushInput =
      kind === 'notice'
        ? { kind, ...(deviceId ? { deviceId } : {}), notice: { text, minutes } }
        : { kind, ...(deviceId ? { deviceId } : {}), config };
    try {
      await api.request('POST', '/api/kiosk/push', body);
      setResult('sent');
      setText('');
    } catch {
      setResult('failed');
    }
  }

  return (
    <>
      <h3 id="kiosk-push-h" class="kiosk-form-title">
        {t.pushTitle}
      </h3>
      <form class="canned-form kiosk-push" onSubmit={(e) => void submit(e)} aria-labelledby="kiosk-push-h">
        <label>
          {t.target}
          <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="">{t.all}</option>
            {devices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.id})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.kind}
          <select
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value === 'config' ? 'config' : 'notice')}
          >
            <option value="notice">{t.kindNotice}</option>
            <option value="config">{t.kindConfig}</option>
          </select>
        </label>
        {kind === 'notice' ? (
          <>
            <label class="grow">
              {t.text}
              <input
                required
                maxLength={280}
                value={text}
                aria-describedby="kiosk-text-hint"
                onInput={(e) => setText(e.currentTarget.value)}
              />
              <span id="kiosk-text-hint" class="muted small">
                {t.textHint}
              </span>
            </label>
            <label>
              {t.minutes}
              <select value={minutes} onChange={(e) => setMinutes(Number(e.currentTarget.value))}>
                <option value={30}>{t.m30}</option>
                <option value={60}>{t.h1}</option>
                <option value={240}>{t.h4}</option>
                <option value={480}>{t.h8}</option>
              </select>
            </label>
          </>
        ) : (
          <>
            <label>
              {t.lang}
              <select
                value={lang}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setLang(v === 'bg' || v === 'en' ? v : '');
                }}
              >
                <option value="">{t.keep}</option>
                <option value="bg">Български</option>
                <option value="en">English</option>
              </select>
            </label>
            <label>
              {t.idle}
              <input
                type="number"
                min={30}
                max={3600}
                value={idle}
                onInput={(e) => setIdle(e.currentTarget.value)}
              />
            </label>
          </>
        )}
        <button type="submit" class="btn btn-primary">
          {t.send}
        </button>
        <p role="status" class={result === 'failed' ? 'error' : 'muted small'}>
          {result === 'sent' ? t.sent : result === 'failed' ? t.failed : ''}
        </p>
      </form>
    </>
  );
}

function ProvisionForm({ t, onAdded }: { t: Text; onAdded(): void }) {
  const [draft, setDraft] = useState({ id: '', name: '', district: '', location: '' });
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const field = (key: keyof typeof draft) => ({
    value: draft[key],
    onInput: (e: { currentTarget: HTMLInputElement }) => setDraft({ ...draft, [key]: e.currentTarget.value }),
  });

  async function submit(e: Event) {
    e.preventDefault();
    try {
      const res = await api.request<KioskProvisionedDto>('POST', '/api/kiosk/devices', draft);
      setIssued({ name: res.device.name, token: res.deviceToken });
      setFailed(false);
      setDraft({ id: '', name: '', district: '', location: '' });
      onAdded();
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <h3 id="kiosk-add-h" class="kiosk-form-title">
        {t.addTitle}
      </h3>
      <form class="canned-form kiosk-add" onSubmit={(e) => void submit(e)} aria-labelledby="kiosk-add-h">
        <label>
          {t.id}
          <input required pattern="[A-Za-z0-9_.\-]{1,64}" {...field('id')} />
        </label>
        <label>
          {t.deviceName}
          <input required maxLength={80} {...field('name')} />
        </label>
        <label>
          {t.district}
          <input required pattern="[a-z0-9]+(-[a-z0-9]+)*" {...field('district')} />
        </label>
        <label class="grow">
          {t.location}
          <input maxLength={120} {...field('location')} />
        </label>
        <button type="submit" class="btn">
          {t.add}
        </button>
        {failed ? (
          <p class="error" role="alert">
            {t.addFailed}
          </p>
        ) : null}
        {issued ? (
          <p class="kiosk-token" role="status">
            {fillTemplate(t.token, { name: issued.name })} <code>{issued.token}</code>
          </p>
        ) : null}
      </form>
    </>
  );
}
