import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  type Dialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { getTurn } from '../bot/turn.ts';
import type { Intent } from '../recognizers/recognizer.ts';
import { DialogIds } from './ids.ts';
import { RouterDialog } from './router-dialog.ts';

/** Intents that end whatever question the bot is waiting on (the core-bot "cancel and help" habit). */
const INTERRUPTS = new Set<Intent['name']>([
  'restart',
  'switchLanguage',
  'handoff',
  'help',
  'greeting',
  'feedback',
  'account',
]);

/** The root dialog: continues a pending question, or routes the message. */
export class MainDialog extends ComponentDialog {
  constructor(children: Dialog[]) {
    super(DialogIds.main);
    this.addDialog(new RouterDialog());
    for (const child of children) this.addDialog(child);
    this.initialDialogId = DialogIds.router;
  }

  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (INTERRUPTS.has(getTurn(innerDc.context).recognition.intent.name)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(DialogIds.router);
    }
    return super.onContinueDialog(innerDc);
  }
}
