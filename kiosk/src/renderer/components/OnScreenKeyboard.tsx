import { LAYOUTS, type LayoutName } from '../keyboard/layouts.ts';
import type { Translate } from '../i18n.ts';

interface Props {
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  onKey(key: string): void;
  onBackspace(): void;
  onClear(): void;
  onSubmit(): void;
  submitLabel?: string;
  t: Translate;
}

/** Big touch keys; pointer-down so a quick tap never gets lost, and buttons so it also works by keyboard. */
export function OnScreenKeyboard({
  layout,
  onLayout,
  onKey,
  onBackspace,
  onClear,
  onSubmit,
  submitLabel,
  t,
}: Props) {
  const other: LayoutName = layout === 'cyrillic' ? 'latin' : 'cyrillic';
  return (
    <div class="keyboard" role="group" aria-label={t('keyboard.label')} data-layout={layout}>
      {LAYOUTS[layout].map((row, i) => (
        <div class="keyboard-row" key={`${layout}-${i}`}>
          {row.map((key) => (
            <button type="button" class="key" key={key} data-key={key} onClick={() => onKey(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div class="keyboard-row">
        <button
          type="button"
          class="key key-wide key-switch"
          onClick={() => onLayout(other)}
          aria-label={t(other === 'latin' ? 'keyboard.latin.label' : 'keyboard.cyrillic.label')}
        >
          {t(other === 'latin' ? 'keyboard.latin' : 'keyboard.cyrillic')}
        </button>
        <button type="button" class="key key-space" onClick={() => onKey(' ')}>
          {t('keyboard.space')}
        </button>
        <button type="button" class="key key-wide" onClick={onBackspace}>
          {t('keyboard.backspace')}
        </button>
        <button type="button" class="key key-wide" onClick={onClear}>
          {t('keyboard.clear')}
        </button>
        <button type="button" class="key key-wide key-primary" onClick={onSubmit}>
          {submitLabel ?? t('keyboard.search')}
        </button>
      </div>
    </div>
  );
}
