import { translator, type Translate } from './i18n.ts';
import type { Lang } from './kb.ts';
import { otherLang, pathsFor, type Paths } from './paths.ts';

/** What every view needs to know about the request it renders for. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  paths: Paths;
  /** Paths in the other language, to build the language switch to the same page. */
  altPaths: Paths;
}

export function pageContext(lang: Lang): PageContext {
  return { lang, t: translator(lang), paths: pathsFor(lang), altPaths: pathsFor(otherLang(lang)) };
}
