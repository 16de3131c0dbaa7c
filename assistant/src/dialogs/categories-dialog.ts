import type { DialogContext } from 'botbuilder-dialogs';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { DialogIds } from './ids.ts';
import { ReplyDialog } from './reply-dialog.ts';
import { withSuggestions } from './suggestions.ts';

const MAX_SERVICES = 8;

/** Browse by category: the list of categories, then the services of the one chosen. */
export class CategoriesDialog extends ReplyDialog {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.categories);
  }

  protected async reply(dc: DialogContext): Promise<void> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    const { kb } = this.services;
    if (intent.name !== 'category') {
      await dc.context.sendActivity(
        withSuggestions(
          turn.t('categories.text'),
          kb.categories.map((c) => c.title[turn.lang]),
        ),
      );
      return;
    }
    const category = kb.categories.find((c) => c.slug === intent.category);
    // Full guides first: they answer more than a directory entry.
    const inCategory = kb.services
      .filter((s) => s.category === intent.category)
      .sort((a, b) => Number(b.depth === 'guide') - Number(a.depth === 'guide'))
      .slice(0, MAX_SERVICES);
    turn.data.candidates = inCategory.map((s) => s.slug);
    const text = turn.t('categories.services', { category: category?.title[turn.lang] ?? intent.category });
    await dc.context.sendActivity(
      withSuggestions(
        text,
        inCategory.map((s) => s.guides[turn.lang].title),
      ),
    );
  }
}
