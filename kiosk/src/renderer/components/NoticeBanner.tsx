import { useEffect, useState } from 'preact/hooks';
import type { KioskNotice } from '../../shared/kiosk-api.ts';
import type { Translate } from '../i18n.ts';

/** The notices staff pushed, newest last, dropping each one when it expires. */
export function useNotices(initial: KioskNotice[] | undefined) {
  const [all, setAll] = useState<KioskNotice[]>(initial ?? []);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const handle = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(handle);
  }, []);
  return {
    active: all.filter((n) => Date.parse(n.expiresAt) > now),
    add(notice: KioskNotice) {
      setNow(Date.now());
      setAll((list) =>
        list.some((n) => n.seq === notice.seq)
          ? list
          : [...list, { seq: notice.seq, text: notice.text, expiresAt: notice.expiresAt }].slice(-3),
      );
    },
  };
}

/** A calm banner with the office's message (e.g. "The office closes at 16:00 today"); text only. */
export function NoticeBanner({ notices, t }: { notices: KioskNotice[]; t: Translate }) {
  if (!notices.length) return null;
  return (
    <section class="notice-banner" aria-label={t('notice.label')} role="status">
      {notices.map((n) => (
        <p key={n.seq} class="notice-text" data-notice={n.seq}>
          {n.text}
        </p>
      ))}
    </section>
  );
}
