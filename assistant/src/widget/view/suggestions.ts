import type { CardAction } from '@hub/contract';
import { el } from '../dom.ts';
import type { T } from '../i18n.ts';
import type { OnAction } from './card.ts';

/** Quick replies of the latest bot message, as a labelled group of buttons. */
export function suggestionButtons(actions: readonly CardAction[], t: T, onAction: OnAction): HTMLElement {
  const group = el('div', { class: 'hubchat-choices', role: 'group', 'aria-label': t('choices') });
  for (const action of actions) {
    if (action.type === 'openUrl') continue;
    const button = el('button', { type: 'button', class: 'hubchat-choice' }, action.title);
    button.addEventListener('click', () => onAction(action));
    group.append(button);
  }
  return group;
}
