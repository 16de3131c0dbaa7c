import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { serviceText } from '../cards/service-activity.ts';
import { whereLines } from '../cards/where-reply.ts';
import { DialogIds } from './ids.ts';
import { MAX_QUICK_REPLIES, withSuggestions } from './suggestions.ts';

interface DistrictState {
  page: number;
}

/** Districts per page of quick replies; the last slot is "More districts…". */
const PAGE = MAX_QUICK_REPLIES - 1;

export interface DistrictOptions {
  /** Ask which district (once per conversation); otherwise the message itself named one. */
  ask?: boolean;
}

/** Asks the citizen's district once, remembers it, and answers where to go for the current guide. */
export class DistrictDialog extends Dialog<DistrictOptions> {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.district);
  }

  override async beginDialog(dc: DialogContext, options?: DistrictOptions): Promise<DialogTurnResult> {
    if (!options?.ask) return this.remember(dc);
    getTurn(dc.context).data.districtAsked = true;
    return this.ask(dc, 0);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const intent = getTurn(dc.context).recognition.intent.name;
    if (intent === 'more') return this.ask(dc, ((dc.activeDialog?.state as DistrictState).page ?? 0) + 1);
    // Anything but a district is a new question: let the router have it.
    if (intent !== 'district') return dc.replaceDialog(DialogIds.router);
    return this.remember(dc);
  }

  /** All 24 districts do not fit the quick replies of every channel: they come in pages. */
  private async ask(dc: DialogContext, page: number): Promise<DialogTurnResult> {
    const { t, lang } = getTurn(dc.context);
    const names = this.services.kb.districts.map((d) => d.name[lang]);
    const pages = Math.ceil(names.length / PAGE);
    const current = page % pages;
    const shown = names.slice(current * PAGE, (current + 1) * PAGE);
    if (pages > 1) shown.push(t('actions.moreDistricts'));
    await dc.context.sendActivity(
      withSuggestions(t(current === 0 ? 'district.ask' : 'district.askMore'), shown),
    );
    if (dc.activeDialog) dc.activeDialog.state = { page: current } satisfies DistrictState;
    return Dialog.EndOfTurn;
  }

  private async remember(dc: DialogContext): Promise<DialogTurnResult> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    if (intent.name !== 'district') return dc.endDialog();
    const { data, t, lang } = turn;
    data.district = intent.district;
    const district = this.services.kb.districts.find((d) => d.slug === intent.district);
    const guide = data.currentSlug ? this.services.kb.getService(data.currentSlug)?.guides[lang] : undefined;
    if (!guide || !district) {
      await dc.context.sendActivity(
        t('district.remembered', { district: district?.name[lang] ?? intent.district }),
      );
      return dc.endDialog();
    }
    const text = `${t('topic.where', { title: guide.title })}\n${whereLines(guide, lang, t, district).join('\n')}`;
    await dc.context.sendActivity(serviceText(guide.slug, text));
    return dc.endDialog();
  }
}
