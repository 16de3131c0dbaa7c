import type { Translate } from './i18n.ts';

interface Props {
  t: Translate;
  canGoBack: boolean;
  onBack(): void;
  onHome(): void;
  onLanguage(): void;
  onTextSize(): void;
  textSize: number;
  contrast: boolean;
  onContrast(): void;
}

export function TopBar(p: Props) {
  const { t } = p;
  return (
    <header class="top-bar">
      <nav class="top-nav" aria-label={t('app.name')}>
        <button
          type="button"
          class="button button-inverse"
          data-action="back"
          onClick={p.onBack}
          disabled={!p.canGoBack}
        >
          ← {t('nav.back')}
        </button>
        <button type="button" class="button button-inverse" data-action="home" onClick={p.onHome}>
          {t('nav.home')}
        </button>
      </nav>
      <div class="top-settings" role="group" aria-label={t('nav.settings')}>
        <button
          type="button"
          class="button button-inverse"
          data-action="text-size"
          onClick={p.onTextSize}
          aria-label={`${t('nav.textSize')}: ${p.textSize + 1}/3`}
        >
          <span aria-hidden="true" class={`text-size-icon size-${p.textSize}`}>
            A<span>A</span>
          </span>
        </button>
        <button
          type="button"
          class="button button-inverse"
          data-action="contrast"
          aria-pressed={p.contrast}
          onClick={p.onContrast}
        >
          {t('nav.contrast')}
        </button>
        <button
          type="button"
          class="button button-inverse"
          data-action="language"
          aria-label={t('nav.language.label')}
          onClick={p.onLanguage}
        >
          {t('nav.language')}
        </button>
      </div>
    </header>
  );
}
