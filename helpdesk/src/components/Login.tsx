import type { StaffSessionDto } from '@hub/contract';
import { useState } from 'preact/hooks';
import { api } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.ts';
import { EauthLogin } from './identity/EauthLogin.tsx';

export function Login({ onLogin }: { onLogin(session: StaffSessionDto): void }) {
  const { t, lang, setLang } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      onLogin(await api.login(email, password));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="login" id="main">
      <form class="login-card" onSubmit={submit}>
        <div class="brand brand-lg" aria-hidden="true">
          <span class="brand-mark">С</span>
        </div>
        <h1>{t('login.title')}</h1>
        <p class="muted">{t('app.title')}</p>
        <label for="login-email">{t('login.email')}</label>
        <input
          id="login-email"
          type="email"
          autocomplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="login-password">{t('login.password')}</label>
        <input
          id="login-password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        {failed ? (
          <p class="error" role="alert">
            {t('login.failed')}
          </p>
        ) : null}
        <button class="btn btn-primary btn-block" type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
        <p class="muted small">{t('login.hint')}</p>
        <button
          type="button"
          class="btn-link"
          lang={lang === 'bg' ? 'en' : 'bg'}
          onClick={() => setLang(lang === 'bg' ? 'en' : 'bg')}
        >
          {t('nav.language')}
        </button>
      </form>
      <EauthLogin />
    </main>
  );
}
