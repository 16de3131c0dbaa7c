import { attachmentSchema, cardActionSchema, messageContentSchema, type MessageContent } from '@hub/contract';
import type { Activity } from 'botbuilder';
import { slugOf } from '../../cards/service-activity.ts';
import { textFallback } from './text-fallback.ts';

/** A bot message as the hub stores and sends it: the text every channel can show, plus validated rich content. */
export interface ChannelMessage {
  body: string;
  content?: MessageContent;
}

function pickAction(raw: unknown) {
  if (!raw || typeof raw !== 'object') return undefined;
  const { type, title, value } = raw as Record<string, unknown>;
  const parsed = cardActionSchema.safeParse({ type, title, value });
  return parsed.success ? parsed.data : undefined;
}

function pickAttachment(raw: unknown) {
  if (!raw || typeof raw !== 'object') return undefined;
  const { contentType, content } = raw as { contentType?: unknown; content?: Record<string, unknown> };
  if (!content || typeof content !== 'object') return undefined;
  const normalised =
    contentType === 'application/vnd.microsoft.card.hero'
      ? {
          contentType,
          content: {
            ...(typeof content.title === 'string' ? { title: content.title } : {}),
            ...(typeof content.subtitle === 'string' ? { subtitle: content.subtitle } : {}),
            ...(typeof content.text === 'string' ? { text: content.text } : {}),
            buttons: (Array.isArray(content.buttons) ? content.buttons : []).map(pickAction).filter(Boolean),
          },
        }
      : { contentType, content };
  const parsed = attachmentSchema.safeParse(normalised);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Maps a bot Activity onto the hub's message: only the validated card subset survives (unknown parts are
 * dropped, never passed through), and the text fallback is built from what survived.
 */
export function toChannelMessage(activity: Partial<Activity>): ChannelMessage {
  const attachments = (activity.attachments ?? []).map(pickAttachment).filter((a) => a !== undefined);
  const suggestedActions = (activity.suggestedActions?.actions ?? [])
    .map(pickAction)
    .filter((a) => a !== undefined);
  const slug = slugOf(activity);
  const candidate: MessageContent = {
    ...(activity.text ? { text: activity.text.slice(0, 4000) } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(suggestedActions.length ? { suggestedActions } : {}),
    ...(slug ? { slug } : {}),
  };
  const parsed = messageContentSchema.safeParse(candidate);
  const content =
    parsed.success && (attachments.length || suggestedActions.length || slug) ? parsed.data : undefined;
  return { body: textFallback(activity.text ?? '', content), ...(content ? { content } : {}) };
}
