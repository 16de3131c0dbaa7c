import type { Lang } from '@hub/knowledge';
import type { ButtonLabels } from '../recognizers/default-recognizer.ts';
import type { Translate } from './i18n.ts';

/** Quick-reply labels per intent, so a tapped button is recognised in either language. */
export function buttonLabels(translator: (lang: Lang) => Translate): ButtonLabels {
  const both = (key: string) => ({ bg: [translator('bg')(key)], en: [translator('en')(key)] });
  return {
    handoff: both('actions.talkToPerson'),
    callback: both('actions.callback'),
    categories: both('actions.browseCategories'),
    yes: both('actions.yes'),
    no: both('actions.no'),
    more: both('actions.moreDistricts'),
  };
}
