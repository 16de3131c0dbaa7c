import type { Translate } from '../i18n.ts';
import { Dialog } from './Dialog.tsx';

/** Any touch cancels the countdown (main sees the input); the button gives that touch an obvious place. */
export function IdleCountdown({
  secondsLeft,
  onContinue,
  t,
}: {
  secondsLeft: number;
  onContinue(): void;
  t: Translate;
}) {
  return (
    <Dialog id="idle" title={t('idle.title')}>
      <p class="countdown" aria-live="assertive">
        <span class="countdown-number">{secondsLeft}</span>
      </p>
      <p>{t('idle.text', { seconds: secondsLeft })}</p>
      <button type="button" class="button button-primary button-block" onClick={onContinue}>
        {t('idle.continue')}
      </button>
    </Dialog>
  );
}
