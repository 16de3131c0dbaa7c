import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { Translate } from '../i18n.ts';

/** The idle screen: one big invitation, and the choice of language as the first tap. */
export function Attract({ t, onStart }: { t: Translate; onStart(lang: KioskLang): void }) {
  return (
    <main class="attract" id="main">
      <svg class="attract-crest" viewBox="0 0 64 64" aria-hidden="true">
        <path d="M32 6 6 20h52L32 6Z" fill="currentColor" />
        <rect x="8" y="22" width="48" height="4" fill="currentColor" />
        {[12, 22, 32, 42, 52].map((x) => (
          <rect key={x} x={x - 2.5} y="29" width="5" height="21" fill="currentColor" />
        ))}
        <rect x="6" y="52" width="52" height="5" fill="currentColor" />
      </svg>
      <p class="attract-org">{t('app.name')}</p>
      <h1 class="attract-title">{t('attract.title')}</h1>
      <p class="attract-lead">{t('attract.lead')}</p>
      <div class="attract-langs">
        <button type="button" class="button button-huge" lang="bg" onClick={() => onStart('bg')}>
          {t('attract.lang.bg')}
        </button>
        <button type="button" class="button button-huge" lang="en" onClick={() => onStart('en')}>
          {t('attract.lang.en')}
        </button>
      </div>
      <p class="attract-touch">{t('attract.touch')}</p>
    </main>
  );
}
