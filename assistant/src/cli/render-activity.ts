import type { Activity, CardAction } from 'botbuilder';

/** A plain-text rendering of a bot activity for the terminal (a developer tool, not a citizen channel). */
export function renderActivity(activity: Partial<Activity>): string {
  if (activity.type !== 'message') return `⟨${activity.type} ${activity.name ?? ''}⟩`;
  const parts: string[] = [];
  if (activity.text) parts.push(`bot> ${activity.text}`);
  for (const attachment of activity.attachments ?? []) {
    const card = attachment.content as { title?: string; text?: string; buttons?: CardAction[] } | undefined;
    if (card?.title) parts.push(`  ┌ ${card.title}`);
    if (card?.text) parts.push(...card.text.split('\n').map((l) => `  │ ${l}`));
    for (const b of card?.buttons ?? [])
      parts.push(`  └ [${b.title}] ${typeof b.value === 'string' ? b.value : JSON.stringify(b.value)}`);
  }
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length) parts.push(`  » ${actions.map((a) => a.title).join(' | ')}`);
  return parts.join('\n');
}
