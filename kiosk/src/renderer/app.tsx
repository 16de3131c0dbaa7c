import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DeviceInfo, KioskEvent, KioskLang } from '../shared/kiosk-api.ts';
import { ExternalBar } from './components/ExternalBar.tsx';
import { IdleCountdown } from './components/IdleCountdown.tsx';
import { NoticeBanner, useNotices } from './components/NoticeBanner.tsx';
import { OfflineNotice } from './components/OfflineNotice.tsx';
import type { Route, ScreenContext } from './context.ts';
import type { Track } from './data/analytics.ts';
import type { Catalog } from './data/catalog.ts';
import type { ConnectivityMonitor } from './data/connectivity.ts';
import { translator } from './i18n.ts';
import { Attract } from './screens/Attract.tsx';
import { Guide } from './screens/Guide.tsx';
import { Home } from './screens/Home.tsx';
import { Privacy } from './screens/Privacy.tsx';
import { Search } from './screens/Search.tsx';
import { ServiceList } from './screens/ServiceList.tsx';
import type { Fetch } from './data/api-catalog.ts';
import { StaffPanel } from './staff/StaffPanel.tsx';
import type { Connect } from './staff/staff-chat.ts';
import { TopBar } from './TopBar.tsx';
import { wipeRendererStorage } from './wipe.ts';

export interface AppProps {
  device: DeviceInfo;
  catalog: Catalog;
  connectivity: ConnectivityMonitor;
  track: Track;
  fetch: Fetch;
  connect: Connect;
}

const TEXT_SIZES = [1, 1.25, 1.5] as const;

/** The shell: one visitor's session, from the attract screen back to it. */
export function App({ device: initialDevice, catalog, connectivity, track, fetch, connect }: AppProps) {
  // Staff can change settings (language, idle timing) and send notices while the kiosk runs.
  const [device, setDevice] = useState<DeviceInfo>(initialDevice);
  const notices = useNotices(initialDevice.notices);
  const [lang, setLang] = useState<KioskLang>(device.lang);
  const [history, setHistory] = useState<Route[]>([{ name: 'attract' }]);
  const [textSize, setTextSize] = useState(0);
  const [contrast, setContrast] = useState(false);
  const [online, setOnline] = useState(connectivity.isOnline());
  const [idleSeconds, setIdleSeconds] = useState<number | null>(null);
  const [external, setExternal] = useState<string | null>(null);
  const [staff, setStaff] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const route = history[history.length - 1]!;
  const t = useMemo(() => translator(lang), [lang]);

  const endSession = () => {
    if (startedAt !== null) {
      const seconds = Math.min(86_400, Math.round((Date.now() - startedAt) / 1000));
      track({ type: 'kiosk_session', seconds }, lang);
    }
    setHistory([{ name: 'attract' }]);
    setLang(device.lang);
    setTextSize(0);
    setContrast(false);
    setIdleSeconds(null);
    setExternal(null);
    setStaff(false);
    setStartedAt(null);
    wipeRendererStorage();
  };

  useEffect(() => connectivity.subscribe(setOnline), [connectivity]);

  useEffect(
    () =>
      window.kiosk.onEvent((event: KioskEvent) => {
        switch (event.type) {
          case 'idle-warning':
            setIdleSeconds(event.secondsLeft);
            break;
          case 'idle-cancelled':
            setIdleSeconds(null);
            break;
          case 'reset':
            endSession();
            break;
          case 'external-opened':
            setExternal(event.host);
            break;
          case 'external-closed':
            setExternal(null);
            break;
          case 'notice':
            notices.add(event);
            break;
          case 'config':
            setDevice(event.device);
            // The default language applies to the next visitor; nobody's screen changes language under them.
            if (startedAt === null) setLang(event.device.lang);
            break;
        }
      }),
    // endSession reads the latest state through the closure re-created on each render
    [startedAt, lang, device],
  );

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.style.setProperty('--scale', String(TEXT_SIZES[textSize]));
    root.classList.toggle('high-contrast', contrast);
    document.title = t('app.name');
  }, [lang, textSize, contrast, t]);

  const go = (next: Route) => {
    setHistory((h) => [...h, next]);
    window.scrollTo(0, 0);
  };
  const ctx: ScreenContext = { t, lang, device, catalog, track, online, go };

  if (external !== null)
    return (
      <ExternalBar
        host={external}
        idleSeconds={idleSeconds}
        onBack={() => void window.kiosk.closeExternal()}
        t={t}
      />
    );

  if (route.name === 'attract')
    return (
      <div class="shell shell-attract">
        <NoticeBanner notices={notices.active} t={t} />
        <Attract
          t={t}
          onStart={(chosen) => {
            setLang(chosen);
            setStartedAt(Date.now());
            setHistory([{ name: 'home' }]);
          }}
        />
        {idleSeconds !== null && (
          <IdleCountdown secondsLeft={idleSeconds} onContinue={() => setIdleSeconds(null)} t={t} />
        )}
      </div>
    );

  return (
    <div class="shell">
      <TopBar
        t={t}
        canGoBack={history.length > 1}
        onBack={() => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h))}
        onHome={() => setHistory([{ name: 'home' }])}
        onLanguage={() => setLang(lang === 'bg' ? 'en' : 'bg')}
        onTextSize={() => setTextSize((s) => (s + 1) % TEXT_SIZES.length)}
        textSize={textSize}
        contrast={contrast}
        onContrast={() => setContrast((c) => !c)}
      />
      {!online && <OfflineNotice t={t} />}
      <NoticeBanner notices={notices.active} t={t} />
      <div class="content" inert={staff || idleSeconds !== null}>
        {route.name === 'home' && <Home ctx={ctx} />}
        {route.name === 'list' && (
          <ServiceList ctx={ctx} kind={route.kind} slug={route.slug} title={route.title} />
        )}
        {route.name === 'search' && <Search ctx={ctx} />}
        {route.name === 'guide' && <Guide ctx={ctx} slug={route.slug} key={route.slug} />}
        {route.name === 'privacy' && (
          <Privacy ctx={ctx} onDone={() => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h))} />
        )}
      </div>
      <footer class="bottom-bar">
        <button type="button" class="button button-staff" data-action="staff" onClick={() => setStaff(true)}>
          {t('nav.callStaff')}
        </button>
        <button
          type="button"
          class="button button-quiet"
          data-action="finish"
          onClick={() => void window.kiosk.reset('finished')}
        >
          {t('nav.finish')}
        </button>
        <button
          type="button"
          class="button button-quiet"
          data-action="privacy"
          aria-current={route.name === 'privacy' ? 'page' : undefined}
          onClick={() => route.name !== 'privacy' && go({ name: 'privacy' })}
        >
          {t('nav.privacy')}
        </button>
      </footer>
      {staff && (
        <StaffPanel
          device={device}
          lang={lang}
          serviceSlug={route.name === 'guide' ? route.slug : undefined}
          online={online}
          fetch={fetch}
          connect={connect}
          onClose={() => setStaff(false)}
          t={t}
        />
      )}
      {idleSeconds !== null && (
        <IdleCountdown secondsLeft={idleSeconds} onContinue={() => setIdleSeconds(null)} t={t} />
      )}
    </div>
  );
}
