import type { Translate } from '../i18n.ts';

export function OfflineNotice({ t }: { t: Translate }) {
  return (
    <div class="notice notice-offline" role="status">
      <strong>{t('offline.title')}.</strong> {t('offline.text')}
    </div>
  );
}
