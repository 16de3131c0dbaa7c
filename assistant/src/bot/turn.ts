import type { TurnContext } from 'botbuilder';
import type { Lang } from '@hub/knowledge';
import type { Translate } from '../i18n/i18n.ts';
import type { Recognition } from '../recognizers/recognizer.ts';
import type { ConversationData } from '../state/conversation-data.ts';
import type { ConversationRef } from './deps.ts';

/** What the bot worked out about the current message, shared by the dialogs through turnState. */
export interface Turn {
  data: ConversationData;
  recognition: Recognition;
  lang: Lang;
  t: Translate;
  /** The citizen's message with personal data masked. */
  text: string;
  /** The unmasked message: read only by the call-back dialog, after consent, and never stored. */
  rawText: string;
  ref: ConversationRef;
}

const TURN_KEY = Symbol('hub.assistant.turn');

export function setTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN_KEY, turn);
}

export function getTurn(context: TurnContext): Turn {
  const turn = context.turnState.get(TURN_KEY) as Turn | undefined;
  if (!turn) throw new Error('the assistant turn was not prepared');
  return turn;
}

/** Switch the reply language mid-turn (after "English please"). */
export function useLang(turn: Turn, lang: Lang, translator: (lang: Lang) => Translate): void {
  turn.lang = lang;
  turn.t = translator(lang);
  turn.ref = { ...turn.ref, lang };
  turn.data.lang = lang;
}
