import type { EauthInfo } from '@hub/contract';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n.ts';
import { identityText, STAFF_OUTCOME, type IdentityKey } from './strings.ts';

const RETURN_PATH = '/apps/helpdesk/';
const KNOWN = ['not_linked', 'link_invalid', 'already_linked', 'session_expired', 'login_cancelled'];

/** The console's "Sign in with eAuth" (and "link with a code") beside the password form, when eAuth is on. */
export function EauthLogin() {
  const { lang } = useI18n();
  const t = identityText(lang);
  const [info, setInfo] = useState<EauthInfo | null>(null);
  const outcome = STAFF_OUTCOME;
  const [linking, setLinking] = useState(false);

  useEffect(() => {
    fetch('/api/eauth/info', { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<EauthInfo>) : null))
      .then(setInfo, () => setInfo(null));
  }, []);

  const message =
    outcome && outcome !== 'ok'
      ? KNOWN.includes(outcome)
        ? t(`outcome.${outcome}` as IdentityKey)
        : t('outcome.failed', { code: outcome })
      : null;
  if (!info?.enabled)
    return message ? (
      <p class="error" role="alert">
        {message}
      </p>
    ) : null;

  const hidden = (
    <>
      <input type="hidden" name="purpose" value="staff" />
      <input type="hidden" name="returnPath" value={RETURN_PATH} />
      <input type="hidden" name="level" value={info.levels[0] ?? 'SUBSTANTIAL'} />
      <input type="hidden" name="lang" value={lang} />
    </>
  );
  return (
    <div class="eauth-login">
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
      <p class="eauth-or muted">{t('or')}</p>
      <form method="post" action="/eauth/login">
        {hidden}
        <button class="btn btn-block eauth-btn" type="submit">
          {t('signIn')}
        </button>
      </form>
      <button type="button" class="btn-link" aria-expanded={linking} onClick={() => setLinking(!linking)}>
        {t('linkToggle')}
      </button>
      {linking ? (
        <form method="post" action="/eauth/login" class="eauth-link">
          {hidden}
          <label for="eauth-link-code">{t('linkCode')}</label>
          <input
            id="eauth-link-code"
            name="linkCode"
            required
            autocomplete="off"
            pattern="[A-Za-z0-9\-]{8,40}"
            aria-describedby="eauth-link-hint"
          />
          <p id="eauth-link-hint" class="muted small">
            {t('linkHint')}
          </p>
          <button class="btn btn-block" type="submit">
            {t('linkSubmit')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
