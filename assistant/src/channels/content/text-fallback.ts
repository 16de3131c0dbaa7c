import type { CardAction, MessageAttachment, MessageContent } from '@hub/contract';

function buttonLines(buttons: readonly CardAction[] | undefined): string[] {
  return (buttons ?? []).filter((b) => b.type === 'openUrl').map((b) => `${b.title}: ${String(b.value)}`);
}

function cardLines(attachment: MessageAttachment): string[] {
  if (attachment.contentType === 'application/vnd.microsoft.card.hero') {
    const c = attachment.content;
    return [c.title, c.subtitle, c.text, ...buttonLines(c.buttons)].filter((x): x is string => Boolean(x));
  }
  const c = attachment.content;
  const body = c.body.flatMap((el) =>
    el.type === 'TextBlock' ? [el.text] : el.facts.map((f) => `${f.title}: ${f.value}`),
  );
  return [...body, ...buttonLines(c.actions)];
}

/**
 * The whole message as plain text, for channels and views without cards (the agent's transcript, SMS-like
 * channels): the bot's text, each card's title, text and links. Quick replies are choices, not content, and
 * are left out.
 */
export function textFallback(text: string, content: MessageContent | undefined): string {
  const parts = [text, ...(content?.attachments ?? []).map((a) => cardLines(a).join('\n'))].filter(Boolean);
  return parts.join('\n\n').slice(0, 8000);
}
