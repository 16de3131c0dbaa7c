import type { LevelOfAssurance } from '@hub/contract';
import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { Translate } from '../i18n.ts';
import { PhoneHandoverQr } from './PhoneHandoverQr.tsx';

/** Bulgarian source, English complete (kept beside the one screen that uses them). */
const TEXT = {
  bg: {
    title: 'Влезте с eAuth на телефона си',
    lead: 'Служителят моли да потвърдите кой сте (ниво: {level}). За вашата сигурност не влизайте на този общ екран.',
    how: 'Сканирайте кода с камерата на телефона. Разговорът продължава там и там ще влезете с eAuth.',
    qr: 'QR код: продължете разговора на телефона и влезте с eAuth',
    LOW: 'ниско',
    SUBSTANTIAL: 'значително',
    HIGH: 'високо',
  },
  en: {
    title: 'Sign in with eAuth on your phone',
    lead: 'The staff member asks you to confirm who you are (level: {level}). For your safety, do not sign in on this shared screen.',
    how: 'Scan the code with your phone’s camera. The conversation continues there, and you sign in with eAuth there.',
    qr: 'QR code: continue the conversation on your phone and sign in with eAuth',
    LOW: 'low',
    SUBSTANTIAL: 'substantial',
    HIGH: 'high',
  },
} as const;

/**
 * An identity request in a kiosk conversation: the login never happens on the shared screen. The kiosk
 * shows the continue-on-phone QR (requestPhoneHandover); the phone's widget then shows the eAuth card.
 */
export function IdentityOnPhone(p: {
  lang: KioskLang;
  level: LevelOfAssurance;
  handover: () => Promise<{ url: string }>;
  t: Translate;
}) {
  const s = TEXT[p.lang === 'en' ? 'en' : 'bg'];
  return (
    <section class="chat-phone" aria-labelledby="identity-phone-title" data-identity="phone">
      <h3 id="identity-phone-title">{s.title}</h3>
      <p>{s.lead.replace('{level}', s[p.level])}</p>
      <p>{s.how}</p>
      <PhoneHandoverQr request={p.handover} label={s.qr} t={p.t} />
    </section>
  );
}
