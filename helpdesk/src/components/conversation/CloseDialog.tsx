import { RESOLUTIONS, type Resolution } from '@hub/contract';
import { useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n.ts';
import { call, type HubSocket } from '../../lib/socket.ts';
import { Dialog } from '../Dialog.tsx';

export function CloseDialog(props: {
  socket: HubSocket;
  conversationId: string;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const [resolution, setResolution] = useState<Resolution>('resolved');
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      await call(props.socket, 'helpdesk.close', {
        conversationId: props.conversationId,
        resolution,
        ...(note.trim() ? { note } : {}),
      });
      props.onDone();
    } catch {
      setError(true);
    }
  }

  return (
    <Dialog title={t('close.title')} onClose={props.onClose}>
      <form class="form" onSubmit={submit}>
        <fieldset class="radio-list">
          <legend>{t('close.resolution')}</legend>
          {RESOLUTIONS.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="resolution"
                value={r}
                checked={resolution === r}
                onChange={() => setResolution(r)}
              />{' '}
              {t(`resolution.${r}`)}
            </label>
          ))}
        </fieldset>
        <label for="close-note">{t('close.note')}</label>
        <textarea id="close-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {error ? (
          <p class="error" role="alert">
            {t('error.generic')}
          </p>
        ) : null}
        <button type="submit" class="btn btn-success">
          {t('close.submit')}
        </button>
      </form>
    </Dialog>
  );
}
