import type { DialogContext } from 'botbuilder-dialogs';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { serviceText } from '../cards/service-activity.ts';
import { topicReply } from '../cards/topic-reply.ts';
import { isDistrictDependent } from '../cards/where-reply.ts';
import { DialogIds } from './ids.ts';
import { ReplyDialog, type NextDialog } from './reply-dialog.ts';
import { withSuggestions } from './suggestions.ts';

/** "How much is it?", "where?"… answered from the guide the conversation is about. */
export class FollowUpDialog extends ReplyDialog {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.followUp);
  }

  protected async reply(dc: DialogContext): Promise<NextDialog | void> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    if (intent.name !== 'followUp') return;
    const { data, t, lang } = turn;
    const guide = data.currentSlug ? this.services.kb.getService(data.currentSlug)?.guides[lang] : undefined;
    if (!guide) {
      await dc.context.sendActivity(withSuggestions(t('topic.noService'), [t('actions.browseCategories')]));
      return;
    }
    if (intent.topic === 'where' && isDistrictDependent(guide) && !data.district && !data.districtAsked) {
      return { id: DialogIds.district, options: { ask: true } };
    }
    const district = this.services.kb.districts.find((d) => d.slug === data.district);
    await dc.context.sendActivity(
      serviceText(
        guide.slug,
        topicReply(intent.topic, guide, lang, t, this.services.publicBaseUrl, district),
      ),
    );
    await this.services.events.answered({
      ...turn.ref,
      slug: guide.slug,
      query: turn.text,
      match: 'follow-up',
    });
  }
}
