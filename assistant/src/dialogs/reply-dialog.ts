import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

export interface NextDialog {
  id: string;
  options?: object;
}

/** A dialog that answers within one turn, then ends or hands over to another dialog. */
export abstract class ReplyDialog<O extends object = object> extends Dialog<O> {
  override async beginDialog(dc: DialogContext, options?: O): Promise<DialogTurnResult> {
    const next = await this.reply(dc, options);
    return next ? dc.replaceDialog(next.id, next.options) : dc.endDialog();
  }

  protected abstract reply(dc: DialogContext, options?: O): Promise<NextDialog | void>;
}
