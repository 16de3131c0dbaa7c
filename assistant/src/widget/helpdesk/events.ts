import type { HelpdeskContent, WalkthroughDto } from '@hub/contract';

/** Help-desk pushes the widget listens to (see contract/src/helpdesk.ts). */
export interface HelpdeskEvents {
  /** An agent sent a guided walkthrough: the checklist's content and its state (`restored`: read back after a reload). */
  walkthroughStarted(
    w: { walkthrough: WalkthroughDto; content: HelpdeskContent },
    how?: { restored: boolean },
  ): void;
  /** A step was ticked or unticked (by this citizen, maybe in another tab). */
  walkthroughProgressed(w: WalkthroughDto): void;
  /** The agent closed the conversation: ask for a rating beside the message `messageId`. */
  csatRequested(r: { conversationId: string; messageId: string }): void;
}
