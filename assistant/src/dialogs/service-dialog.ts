import type { DialogContext } from 'botbuilder-dialogs';
import type { SearchResponse } from '@hub/knowledge';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn, type Turn } from '../bot/turn.ts';
import { answerCard } from '../cards/answer-card.ts';
import { isDistrictDependent } from '../cards/where-reply.ts';
import { DialogIds } from './ids.ts';
import { ReplyDialog, type NextDialog } from './reply-dialog.ts';
import { withSuggestions } from './suggestions.ts';

const MAX_CHOICES = 4;
/** After this many unanswered questions in a row the bot brings in a person. */
export const FAILURES_BEFORE_HANDOFF = 2;

/** A service question: a card when the search is confident, a choice when ambiguous, an honest "I don't know" otherwise. */
export class ServiceDialog extends ReplyDialog {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.service);
  }

  protected async reply(dc: DialogContext): Promise<NextDialog | void> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    if (intent.name === 'pick') return this.answer(dc, turn, intent.slug, 'confident');
    if (intent.name !== 'service') return;
    const { search } = intent;
    const top = search.results[0];
    if (search.match === 'confident' && top) return this.answer(dc, turn, top.slug, 'confident');
    if (search.match === 'ambiguous') return this.offerChoice(dc, turn, search);
    return this.unanswered(dc, turn, search);
  }

  private async answer(
    dc: DialogContext,
    turn: Turn,
    slug: string,
    match: 'confident',
  ): Promise<NextDialog | void> {
    const guide = this.services.kb.getService(slug)?.guides[turn.lang];
    if (!guide) return;
    const { data } = turn;
    data.currentSlug = slug;
    data.failures = 0;
    delete data.candidates;
    await dc.context.sendActivity(answerCard(guide, turn.lang, turn.t, this.services.publicBaseUrl));
    await this.services.events.answered({ ...turn.ref, slug, query: turn.text, match });
    if (isDistrictDependent(guide) && !data.district && !data.districtAsked)
      return { id: DialogIds.district, options: { ask: true } };
  }

  private async offerChoice(dc: DialogContext, turn: Turn, search: SearchResponse): Promise<void> {
    const confident = search.results.filter((r) => r.confident);
    const choices = (confident.length >= 2 ? confident : search.results).slice(0, MAX_CHOICES);
    turn.data.candidates = choices.map((r) => r.slug);
    await dc.context.sendActivity(
      withSuggestions(
        turn.t('ambiguous.text'),
        choices.map((r) => r.title),
      ),
    );
  }

  private async unanswered(
    dc: DialogContext,
    turn: Turn,
    search: SearchResponse,
  ): Promise<NextDialog | void> {
    const { data, t } = turn;
    data.failures += 1;
    await this.services.events.unanswered({ ...turn.ref, query: turn.text, match: search.match });
    if (data.failures >= FAILURES_BEFORE_HANDOFF) {
      data.failures = 0;
      await dc.context.sendActivity(t('noMatch.again'));
      return { id: DialogIds.handoff, options: { reason: 'failures' } };
    }
    await dc.context.sendActivity(
      withSuggestions(t('noMatch.text'), [t('actions.browseCategories'), t('actions.talkToPerson')]),
    );
  }
}
