import { useEffect, useState } from 'preact/hooks';
import { QrCode } from '../components/QrCode.tsx';
import type { Translate } from '../i18n.ts';

type State = { phase: 'loading' } | { phase: 'ready'; url: string } | { phase: 'failed' };

/**
 * A QR code for a handover address made on demand (see requestPhoneHandover); shows a calm failure instead of a
 * code that would not work. The code is single-use and expires in minutes, so it is made only when shown.
 */
export function PhoneHandoverQr({
  request,
  label,
  t,
}: {
  request: () => Promise<{ url: string }>;
  label: string;
  t: Translate;
}) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    request().then(
      ({ url }) => live && setState({ phase: 'ready', url }),
      () => live && setState({ phase: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state.phase === 'loading')
    return (
      <p class="chat-status" role="status">
        {t('loading')}
      </p>
    );
  if (state.phase === 'failed') return <p role="alert">{t('phone.failed')}</p>;
  return (
    <div class="qr-frame">
      <QrCode text={state.url} label={label} />
    </div>
  );
}
