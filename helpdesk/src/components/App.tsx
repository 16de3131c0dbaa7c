import type { StaffSessionDto } from '@hub/contract';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../lib/api.ts';
import { I18nContext, translator, type UiLang } from '../lib/i18n.ts';
import { Console } from './Console.tsx';
import { Login } from './Login.tsx';

function initialLang(): UiLang {
  const saved = localStorage.getItem('helpdesk.lang');
  return saved === 'en' || saved === 'bg' ? saved : 'bg';
}

export function App() {
  const [lang, setLang] = useState<UiLang>(initialLang);
  const [session, setSession] = useState<StaffSessionDto | null | undefined>(undefined);
  const i18n = useMemo(
    () => ({
      lang,
      t: translator(lang),
      setLang(next: UiLang) {
        localStorage.setItem('helpdesk.lang', next);
        setLang(next);
      },
    }),
    [lang],
  );
  useEffect(() => {
    void api.me().then(setSession);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('app.title');
  }, [lang, i18n]);

  return (
    <I18nContext.Provider value={i18n}>
      {session === undefined ? null : session ? (
        <Console
          session={session}
          onLogout={() => {
            void api.logout().finally(() => setSession(null));
          }}
        />
      ) : (
        <Login onLogin={setSession} />
      )}
    </I18nContext.Provider>
  );
}
