import { MessageFactory, type Activity } from 'botbuilder';

/** The most quick replies one message carries: Messenger shows 13, the hub's message contract takes 12. */
export const MAX_QUICK_REPLIES = 12;

/** Quick replies (suggestedActions of type imBack): every channel has them or maps them to a keyboard. */
export function withSuggestions(text: string, suggestions: readonly string[]): Partial<Activity> {
  return suggestions.length
    ? MessageFactory.suggestedActions(suggestions.slice(0, MAX_QUICK_REPLIES), text)
    : MessageFactory.text(text);
}
