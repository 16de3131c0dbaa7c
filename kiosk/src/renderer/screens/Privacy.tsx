import type { ScreenContext } from '../context.ts';
import { QrCode } from '../components/QrCode.tsx';
import { privacyNoticeUrl } from '../guide-facts.ts';

const POINTS = ['privacy.session', 'privacy.searches', 'privacy.staff', 'privacy.print'] as const;

/**
 * What this kiosk keeps: nothing of the visitor after the reset. The periods of the chat and the analytics are
 * the server's to state, so they are quoted only by its notice (/privacy), offered here as a QR code and address.
 */
export function Privacy({ ctx, onDone }: { ctx: ScreenContext; onDone(): void }) {
  const { t, lang, device } = ctx;
  const url = privacyNoticeUrl(device.serverUrl, lang);
  return (
    <main class="screen privacy" id="main">
      <h1>{t('privacy.title')}</h1>
      <div class="privacy-text">
        <p class="lead">{t('privacy.lead')}</p>
        <ul class="privacy-points">
          {POINTS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <button type="button" class="button button-primary" data-action="privacy-done" onClick={onDone}>
          {t('privacy.done')}
        </button>
      </div>
      <section class="panel privacy-notice" aria-labelledby="privacy-notice-title">
        <h2 id="privacy-notice-title">{t('privacy.notice.title')}</h2>
        <p>{t('privacy.notice.lead')}</p>
        <div class="qr-frame">
          <QrCode text={url} label={t('privacy.notice.qr')} />
        </div>
        <p class="privacy-url">{url}</p>
      </section>
    </main>
  );
}
