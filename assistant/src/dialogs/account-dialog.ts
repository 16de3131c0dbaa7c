import type { DialogContext } from 'botbuilder-dialogs';
import type { AssistantServices } from '../bot/services.ts';
import { getTurn } from '../bot/turn.ts';
import { DialogIds } from './ids.ts';
import { IDENTITY_REQUEST, identityReasonOf, type IdentityRequestValue } from './identity-request.ts';
import { ReplyDialog } from './reply-dialog.ts';

/**
 * "How much tax do I owe?" is never answered: the bot cannot see anyone's account. It says so and links to
 * the e-service that shows it after eAuth login (GOV.UK Chat's "needs the user's account data" class).
 */
export class AccountDialog extends ReplyDialog {
  constructor(private readonly services: AssistantServices) {
    super(DialogIds.account);
  }

  protected async reply(dc: DialogContext): Promise<void> {
    const turn = getTurn(dc.context);
    const { intent } = turn.recognition;
    if (intent.name !== 'account') return;
    const { kb } = this.services;
    const withLogin = intent.search.results
      .map((r) => kb.getService(r.slug)?.guides[turn.lang])
      .find((g) => g?.online && g.online.eauth !== 'none');
    const guide = withLogin ?? kb.getService(this.services.accountFallbackSlug)?.guides[turn.lang];
    const url = guide?.online?.url;
    await dc.context.sendActivity(url ? turn.t('account.text', { url }) : turn.t('account.noLink'));
    // Where the host offers eAuth (the web chat), the citizen can also sign in here for a person to help.
    const value: IdentityRequestValue = { level: 'SUBSTANTIAL', reason: identityReasonOf(turn.text) };
    await dc.context.sendActivity({ type: 'event', name: IDENTITY_REQUEST, value });
    this.services.logger.info('assistant.account_question', {
      conversationId: turn.ref.conversationId,
      slug: guide?.slug,
    });
  }
}
