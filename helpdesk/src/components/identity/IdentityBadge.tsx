import type { LevelOfAssurance, StaffIdentityView } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n.ts';
import { call, type HubSocket } from '../../lib/socket.ts';
import { identityText, levelText } from './strings.ts';

/**
 * "Identity verified (level) — name" once the citizen consents (nothing before), or the request
 * waiting for them; an agent who owns the conversation can ask for a login at a level.
 */
export function IdentityBadge(props: { socket: HubSocket; conversationId: string; canAsk: boolean }) {
  const { lang } = useI18n();
  const t = identityText(lang);
  const [view, setView] = useState<StaffIdentityView | null>(null);
  const [level, setLevel] = useState<LevelOfAssurance>('SUBSTANTIAL');
  const [note, setNote] = useState<string | null>(null);
  const { socket, conversationId } = props;

  useEffect(() => {
    setView(null);
    setNote(null);
    let live = true;
    call(socket, 'identity.status', { conversationId }).then(
      (v) => live && setView(v as StaffIdentityView),
      () => undefined,
    );
    const onShared = (v: StaffIdentityView) => {
      if (v.conversationId !== conversationId) return;
      setView(v);
      if (v.verified) setNote(null);
    };
    socket.on('identity.shared', onShared);
    return () => {
      live = false;
      socket.off('identity.shared', onShared);
    };
  }, [socket, conversationId]);

  async function ask() {
    try {
      setView(await call(socket, 'identity.request', { conversationId, level }));
      setNote(t('asked'));
    } catch {
      setNote(t('askFailed'));
    }
  }

  if (!view) return null;
  return (
    <div
      class="identity-bar"
      data-identity={view.verified ? 'verified' : view.requested ? 'requested' : 'none'}
    >
      {view.verified ? (
        <p class="identity-badge" role="status">
          <span class="identity-check" aria-hidden="true">
            ✓
          </span>{' '}
          <strong>{t('verified')}</strong> ({t('level', { level: levelText(lang, view.level) })})
          {view.name ? (
            <>
              {' — '}
              <span class="identity-name">{view.name}</span>
            </>
          ) : null}
          {view.kind === 'entity' ? ` · ${t('entity')}` : null}
        </p>
      ) : view.requested ? (
        <p class="identity-waiting" role="status">
          {t('waiting', { level: levelText(lang, view.requested) })}
        </p>
      ) : null}
      {props.canAsk && !view.verified && !view.requested ? (
        <div class="identity-ask">
          <label for="identity-level">{t('askLevel')}</label>
          <select
            id="identity-level"
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value as LevelOfAssurance)}
          >
            {(['SUBSTANTIAL', 'HIGH', 'LOW'] as const).map((l) => (
              <option key={l} value={l}>
                {levelText(lang, l)}
              </option>
            ))}
          </select>
          <button type="button" class="btn" onClick={() => void ask()}>
            {t('ask')}
          </button>
        </div>
      ) : null}
      {note ? (
        <p class="muted small" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}
