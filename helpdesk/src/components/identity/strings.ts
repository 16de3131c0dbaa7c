import type { UiLang } from '../../lib/i18n.ts';

/** The eAuth parts of the console (Bulgarian source, English complete; a test keeps the keys equal). */
export const IDENTITY_STRINGS = {
  bg: {
    verified: 'Самоличността е потвърдена',
    level: 'ниво: {level}',
    'level.LOW': 'ниско',
    'level.SUBSTANTIAL': 'значително',
    'level.HIGH': 'високо',
    entity: 'юридическо лице',
    waiting: 'Чакаме гражданина да влезе с eAuth ({level})',
    notShared: 'Самоличността не е потвърдена или гражданинът не я е споделил.',
    ask: 'Поискай самоличност',
    askLevel: 'Ниво на осигуреност',
    asked: 'Помолихме гражданина да влезе с eAuth.',
    askFailed: 'Искането не беше изпратено. Опитайте отново.',
    signIn: 'Вход с eAuth',
    or: 'или',
    linkToggle: 'Имам код за свързване от администратор',
    linkCode: 'Код за свързване',
    linkSubmit: 'Свържи и влез с eAuth',
    linkHint: 'Еднократният код свързва профила ви с вашата електронна идентичност. ЕГН не се съхранява.',
    'outcome.not_linked':
      'Тази електронна идентичност не е свързана с профил на служител. Помолете администратор за код за свързване.',
    'outcome.link_invalid': 'Кодът за свързване е невалиден или изтекъл.',
    'outcome.already_linked': 'Тази електронна идентичност вече е свързана с друг профил.',
    'outcome.session_expired': 'Входът отне твърде дълго. Опитайте отново.',
    'outcome.login_cancelled': 'Входът с eAuth беше прекъснат.',
    'outcome.failed': 'Входът с eAuth не успя (код: {code}).',
    linksTitle: 'Вход на служители с eAuth',
    linksIntro:
      'Издайте еднократен код; служителят го въвежда на екрана за вход и влиза с eAuth. Никой не въвежда ЕГН.',
    linksName: 'Служител',
    linksState: 'Състояние',
    linked: 'свързан',
    pending: 'чака код',
    none: 'не е свързан',
    issue: 'Издай код',
    unlink: 'Прекъсни връзката',
    codeFor: 'Код за {name} (валиден 24 часа, показва се само сега):',
  },
  en: {
    verified: 'Identity verified',
    level: 'level: {level}',
    'level.LOW': 'low',
    'level.SUBSTANTIAL': 'substantial',
    'level.HIGH': 'high',
    entity: 'legal entity',
    waiting: 'Waiting for the citizen to sign in with eAuth ({level})',
    notShared: 'Identity not verified, or the citizen has not shared it.',
    ask: 'Ask for identity',
    askLevel: 'Level of assurance',
    asked: 'We asked the citizen to sign in with eAuth.',
    askFailed: 'The request was not sent. Please try again.',
    signIn: 'Sign in with eAuth',
    or: 'or',
    linkToggle: 'I have a link code from an administrator',
    linkCode: 'Link code',
    linkSubmit: 'Link and sign in with eAuth',
    linkHint:
      'The one-time code links your account to your electronic identity. No personal number is stored.',
    'outcome.not_linked':
      'This electronic identity is not linked to a staff account. Ask an administrator for a link code.',
    'outcome.link_invalid': 'The link code is not valid or has expired.',
    'outcome.already_linked': 'This electronic identity is already linked to another account.',
    'outcome.session_expired': 'The sign-in took too long. Please try again.',
    'outcome.login_cancelled': 'The eAuth sign-in was cancelled.',
    'outcome.failed': 'The eAuth sign-in did not work (code: {code}).',
    linksTitle: 'Staff sign-in with eAuth',
    linksIntro:
      'Issue a one-time code; the colleague enters it on the sign-in screen and signs in with eAuth. Nobody types a personal number.',
    linksName: 'Staff member',
    linksState: 'State',
    linked: 'linked',
    pending: 'code issued',
    none: 'not linked',
    issue: 'Issue code',
    unlink: 'Unlink',
    codeFor: 'Code for {name} (valid 24 hours, shown only now):',
  },
} as const;

export type IdentityKey = keyof (typeof IDENTITY_STRINGS)['bg'];

export function identityText(lang: UiLang) {
  return (key: IdentityKey, vars: Record<string, string> = {}) =>
    (IDENTITY_STRINGS[lang][key] as string).replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

export function levelText(lang: UiLang, level: string | null): string {
  const t = identityText(lang);
  return level === 'LOW' || level === 'SUBSTANTIAL' || level === 'HIGH' ? t(`level.${level}`) : '';
}

/** `#eauth=<outcome>` left by a staff eAuth login, removed from the address at once. */
function takeStaffOutcome(): string | undefined {
  const match = /(?:^#|&)eauth=([a-z_]{1,40})/.exec(window.location.hash);
  if (!match) return undefined;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  return match[1];
}

/** Read once when the console loads (signed in or not), so the fragment never lingers in the address bar. */
export const STAFF_OUTCOME = typeof window === 'undefined' ? undefined : takeStaffOutcome();
