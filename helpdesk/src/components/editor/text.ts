import { useI18n } from '../../lib/i18n.ts';
import bg from './locales/bg.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

// The editor's UI strings live beside it (Bulgarian source, English complete; editor-locales.test.ts checks
// both), in the console's UI language.
export type EditorKey = keyof typeof bg;
export const EDITOR_LOCALES: Record<'bg' | 'en', Record<EditorKey, string>> = { bg, en };
export type EditorText = (key: EditorKey, vars?: Record<string, string | number>) => string;

export function editorText(lang: 'bg' | 'en'): EditorText {
  return (key, vars) => {
    const template = EDITOR_LOCALES[lang][key] ?? EDITOR_LOCALES.bg[key] ?? key;
    return vars
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
      : template;
  };
}

export function useEditorText(): { tx: EditorText; lang: 'bg' | 'en' } {
  const { lang } = useI18n();
  return { tx: editorText(lang), lang };
}
