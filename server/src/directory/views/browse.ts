import type { PageContext } from '../context.ts';
import type { KnowledgeBase } from '../kb.ts';
import { cardGrid } from './lists.ts';

/** Category cards with how many services each holds (shown on the home, search and 404 pages). */
export function categoryCards(ctx: PageContext, kb: KnowledgeBase, headingLevel: 2 | 3 = 3) {
  const { t, lang, paths } = ctx;
  return cardGrid(
    kb.categories.map((c) => ({
      href: paths.category(c.slug),
      title: c.title[lang],
      description: c.description[lang],
      meta: t('list.services', { count: kb.services.filter((s) => s.category === c.slug).length }),
    })),
    headingLevel,
  );
}

export function lifeEventCards(ctx: PageContext, kb: KnowledgeBase, headingLevel: 2 | 3 = 3) {
  const { lang, paths } = ctx;
  return cardGrid(
    kb.lifeEvents.map((e) => ({
      href: paths.lifeEvent(e.slug),
      title: e.title[lang],
      description: e.description[lang],
    })),
    headingLevel,
  );
}
