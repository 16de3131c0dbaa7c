import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { getTurn } from '../bot/turn.ts';
import { DialogIds } from './ids.ts';

/** Sends the current message to the dialog for its intent. */
export class RouterDialog extends Dialog {
  constructor() {
    super(DialogIds.router);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { intent } = getTurn(dc.context).recognition;
    switch (intent.name) {
      case 'service':
      case 'pick':
        return dc.replaceDialog(DialogIds.service);
      case 'followUp':
        return dc.replaceDialog(DialogIds.followUp);
      case 'district':
        return dc.replaceDialog(DialogIds.district);
      case 'account':
        return dc.replaceDialog(DialogIds.account);
      case 'feedback':
        return dc.replaceDialog(DialogIds.feedback);
      case 'categories':
      case 'category':
        return dc.replaceDialog(DialogIds.categories);
      case 'handoff':
        return dc.replaceDialog(DialogIds.handoff, { reason: 'requested' });
      case 'callback':
        return dc.replaceDialog(DialogIds.callback, { reason: 'requested' });
      default:
        return dc.replaceDialog(DialogIds.smallTalk);
    }
  }
}
