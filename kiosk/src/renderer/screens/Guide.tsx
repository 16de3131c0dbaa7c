import { useState } from 'preact/hooks';
import type { ScreenContext } from '../context.ts';
import type { DistrictDto, ServiceDetail } from '../data/catalog.ts';
import { Dialog } from '../components/Dialog.tsx';
import { LoadState } from '../components/LoadState.tsx';
import { QrCode } from '../components/QrCode.tsx';
import { ReadAloud } from '../components/ReadAloud.tsx';
import { guideUrl, hostAllowed, speechText, whereHere } from '../guide-facts.ts';
import { captionTracks } from '../guide-video.ts';
import { useLoad } from '../use-load.ts';
import { GuideFacts } from './GuideFacts.tsx';
import { PrintSummary } from './PrintSummary.tsx';

type PrintState = 'idle' | 'printing' | 'done' | 'failed';

export function Guide({ ctx, slug }: { ctx: ScreenContext; slug: string }) {
  const { t, lang, catalog, device, track } = ctx;
  const [loaded, retry] = useLoad(async () => {
    const other = lang === 'bg' ? 'en' : 'bg';
    const [guide, districts, otherGuide] = await Promise.all([
      catalog.service(slug, lang),
      catalog.districts(),
      // Only for the other language's caption file; the guide shows without it.
      catalog.service(slug, other).catch(() => null),
    ]);
    if (guide) track({ type: 'guide_view', slug }, lang);
    const otherCaptions = otherGuide?.video?.src ? otherGuide.video.captions : undefined;
    return { guide, district: districts.find((d) => d.slug === device.district), otherCaptions };
  }, [catalog, slug, lang]);
  return (
    <main class="screen guide" id="main">
      <LoadState loaded={loaded} retry={retry} t={t}>
        {({ guide, district, otherCaptions }) =>
          guide ? (
            <GuideBody ctx={ctx} guide={guide} district={district} otherCaptions={otherCaptions} />
          ) : (
            <p>{t('error.load')}</p>
          )
        }
      </LoadState>
    </main>
  );
}

function GuideBody({
  ctx,
  guide,
  district,
  otherCaptions,
}: {
  ctx: ScreenContext;
  guide: ServiceDetail;
  district: DistrictDto | undefined;
  /** The other language's caption file of this guide's video, when the server has one. */
  otherCaptions: string | undefined;
}) {
  const { t, lang, device } = ctx;
  const [showQr, setShowQr] = useState(false);
  const [print, setPrint] = useState<PrintState>('idle');
  const where = whereHere(guide, district, lang);
  const phoneUrl = guideUrl(device.serverUrl, guide.slug, lang, device.district);
  const online = guide.online && hostAllowed(guide.online.url, device.eServiceHosts) ? guide.online : null;
  const video = guide.video?.src ? guide.video : null;
  const media = (file: string) =>
    `${device.serverUrl}/media/services/${encodeURIComponent(guide.slug)}/${encodeURIComponent(file)}`;

  const doPrint = async () => {
    setPrint('printing');
    try {
      const result = await window.kiosk.print();
      setPrint(result.ok ? 'done' : 'failed');
    } catch {
      setPrint('failed');
    }
  };

  return (
    <>
      <article class="guide-article">
        <h1>{guide.title}</h1>
        <p class="lead">{guide.summary}</p>
        <div class="actions" role="group" aria-label={t('guide.phone.button')}>
          <button
            type="button"
            class="button button-primary"
            data-action="phone"
            onClick={() => setShowQr(true)}
          >
            {t('guide.phone.button')}
          </button>
          <button
            type="button"
            class="button"
            data-action="print"
            onClick={doPrint}
            disabled={print === 'printing'}
          >
            {t(print === 'printing' ? 'guide.printing' : 'guide.print')}
          </button>
          <ReadAloud text={speechText(guide)} lang={lang} t={t} />
        </div>
        {(print === 'done' || print === 'failed') && (
          <p class="notice" role="status">
            {t(print === 'done' ? 'guide.printed' : 'guide.printFailed')}
          </p>
        )}
        <GuideFacts guide={guide} where={where} t={t} lang={lang} />
        {video && (
          <section class="panel">
            <h2>{t('guide.video')}</h2>
            <video class="video" controls preload="metadata" src={media(video.src!)} crossOrigin="anonymous">
              {captionTracks(
                { [lang]: video.captions, [lang === 'bg' ? 'en' : 'bg']: otherCaptions },
                lang,
              ).map((c) => (
                <track
                  key={c.lang}
                  kind="captions"
                  src={media(c.file)}
                  srcLang={c.lang}
                  label={c.label}
                  default={c.default}
                />
              ))}
            </video>
          </section>
        )}
        {guide.steps.length > 0 && (
          <section class="panel panel-steps">
            <h2>{t('guide.steps')}</h2>
            <ol class="steps">
              {guide.steps.map((s) => (
                <li key={s.title}>
                  <strong>{s.title}</strong>
                  <p>{s.text}</p>
                </li>
              ))}
            </ol>
          </section>
        )}
        {online && (
          <section class="panel">
            <h2>{t('guide.online')}</h2>
            <p>{online.label}</p>
            {online.note && <p class="meta">{online.note}</p>}
            <a class="button" href={online.url} target="_blank" rel="noopener">
              {t('guide.online.open')}
            </a>
          </section>
        )}
        <p class="meta">
          {t('guide.provider')}: {guide.provider.name}. {t('guide.reviewed', { date: guide.lastReviewed })}
        </p>
      </article>
      {showQr && (
        <Dialog id="phone" title={t('phone.title')}>
          <p>{t('phone.lead')}</p>
          <div class="qr-frame">
            <QrCode text={phoneUrl} label={t('phone.qr', { title: guide.title })} />
          </div>
          <button type="button" class="button button-primary button-block" onClick={() => setShowQr(false)}>
            {t('phone.close')}
          </button>
        </Dialog>
      )}
      <PrintSummary guide={guide} where={where} url={phoneUrl} district={district} t={t} lang={lang} />
    </>
  );
}
