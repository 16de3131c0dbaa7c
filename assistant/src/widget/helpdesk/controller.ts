import type { HelpdeskContent, MessageDto, WalkthroughDto } from '@hub/contract';
import type { T } from '../i18n.ts';
import { csatForm } from './csat.ts';
import type { HelpdeskEvents } from './events.ts';
import { walkthroughView, type WalkthroughData, type WalkthroughView } from './walkthrough.ts';

export interface HelpdeskActions {
  tick: (walkthroughId: string, step: number, done: boolean) => Promise<WalkthroughDto>;
  rate: (conversationId: string, rating: number, comment?: string) => Promise<void>;
}

function walkthroughData(content: HelpdeskContent): WalkthroughData | undefined {
  if (content.contentType !== 'application/vnd.sofia.walkthrough+json') return undefined;
  const { walkthroughId, guideTitle, steps } = content.data;
  if (typeof walkthroughId !== 'string' || !Array.isArray(steps)) return undefined;
  return {
    walkthroughId,
    guideTitle: String(guideTitle ?? ''),
    steps: steps.slice(0, 51).map((s) => ({ title: String(s?.title ?? ''), text: String(s?.text ?? '') })),
  };
}

/**
 * The help desk's interactive parts inside the message log: a walkthrough checklist replaces the text card of
 * its message, a rating form is added under the closing message. A push that names a message the log does not
 * show yet waits for it (`messageAdded`).
 */
export function createHelpdeskUi(options: {
  log: HTMLElement;
  t: T;
  actions: HelpdeskActions;
  announce: (text: string) => void;
}): HelpdeskEvents & { messageAdded(item: HTMLElement, message: MessageDto): void } {
  const { log, t, actions, announce } = options;
  const pending = new Map<string, (item: HTMLElement) => void>();
  const walkthroughs = new Map<string, WalkthroughView>();

  function onMessage(messageId: string, attach: (item: HTMLElement) => void): void {
    const item = log.querySelector<HTMLElement>(`[data-id="${CSS.escape(messageId)}"]`);
    if (item) attach(item);
    else pending.set(messageId, attach);
  }

  return {
    walkthroughStarted({ walkthrough, content }, how) {
      const data = walkthroughData(content);
      if (!data) return;
      const known = walkthroughs.get(walkthrough.id);
      if (known) return known.update(walkthrough);
      const view = walkthroughView(
        data,
        t,
        (step, done) => actions.tick(walkthrough.id, step, done),
        announce,
      );
      view.update(walkthrough);
      walkthroughs.set(walkthrough.id, view);
      onMessage(walkthrough.messageId, (item) => {
        const card = item.querySelector('.hubchat-card');
        // The card's link to the full guide stays under the checklist.
        const links = card?.querySelector('.hubchat-card__actions');
        if (links) view.root.append(links);
        if (card) card.replaceWith(view.root);
        else item.querySelector('.hubchat-msg__bubble')?.append(view.root);
        if (!how?.restored) announce(t('walkAnnounce', { title: data.guideTitle, total: data.steps.length }));
      });
    },
    walkthroughProgressed(state) {
      walkthroughs.get(state.id)?.update(state);
    },
    csatRequested({ conversationId, messageId }) {
      onMessage(messageId, (item) => {
        if (item.querySelector('.hubchat-csat')) return;
        const form = csatForm(
          messageId,
          t,
          (rating, comment) => actions.rate(conversationId, rating, comment || undefined),
          announce,
        );
        item.querySelector('.hubchat-msg__bubble')?.append(form);
      });
    },
    messageAdded(item, message) {
      const attach = pending.get(message.id);
      pending.delete(message.id);
      attach?.(item);
    },
  };
}
