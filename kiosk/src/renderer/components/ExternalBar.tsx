import type { Translate } from '../i18n.ts';

/** Drawn above the e-service view (which main places below this bar's height). */
/** The e-service view covers everything below, so the idle countdown shows in the bar itself. */
export function ExternalBar({
  host,
  idleSeconds,
  onBack,
  t,
}: {
  host: string;
  idleSeconds: number | null;
  onBack(): void;
  t: Translate;
}) {
  return (
    <div class="external-bar" role="navigation" aria-label={t('external.back')}>
      <button type="button" class="button button-inverse" onClick={onBack}>
        ← {t('external.back')}
      </button>
      {idleSeconds === null ? (
        <span class="external-host">{t('external.opened', { host })}</span>
      ) : (
        <strong class="external-idle" role="alert">
          {t('idle.title')} {t('idle.text', { seconds: idleSeconds })}
        </strong>
      )}
    </div>
  );
}
