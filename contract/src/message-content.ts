import { z } from 'zod';
import { slugSchema } from './common.ts';

/** Links a card may open: web pages only (never javascript:, data: or other schemes). */
export const safeUrlSchema = z
  .string()
  .max(2000)
  .refine((v) => /^https?:\/\//i.test(v) || /^\/(?!\/)/.test(v), 'must be an http(s) URL or a site path');

const title = z.string().trim().min(1).max(200);
const postValue = z.union([
  z.string().max(1000),
  z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()])),
]);

/** A button or quick reply, as Bot Framework's CardAction (the subset every channel can map). */
export const cardActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('openUrl'), title, value: safeUrlSchema }).strict(),
  z.object({ type: z.enum(['imBack', 'postBack', 'messageBack']), title, value: postValue }).strict(),
]);
export type CardAction = z.infer<typeof cardActionSchema>;

const text = z.string().max(4000);

export const heroCardSchema = z
  .object({
    title: z.string().max(300).optional(),
    subtitle: z.string().max(300).optional(),
    text: text.optional(),
    buttons: z.array(cardActionSchema).max(8).optional(),
  })
  .strict();

/** The Adaptive Card subset the hub renders: text blocks, fact sets, open-URL and submit actions. */
export const adaptiveCardSchema = z
  .object({
    type: z.literal('AdaptiveCard'),
    body: z
      .array(
        z.discriminatedUnion('type', [
          z
            .object({ type: z.literal('TextBlock'), text, weight: z.enum(['default', 'bolder']).optional() })
            .strict(),
          z
            .object({
              type: z.literal('FactSet'),
              facts: z
                .array(z.object({ title: z.string().max(200), value: z.string().max(1000) }).strict())
                .max(20),
            })
            .strict(),
        ]),
      )
      .max(30),
    actions: z.array(cardActionSchema).max(8).optional(),
  })
  .strict();

export const HERO_CARD = 'application/vnd.microsoft.card.hero';
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const attachmentSchema = z.discriminatedUnion('contentType', [
  z.object({ contentType: z.literal(HERO_CARD), content: heroCardSchema }).strict(),
  z.object({ contentType: z.literal(ADAPTIVE_CARD), content: adaptiveCardSchema }).strict(),
]);
export type MessageAttachment = z.infer<typeof attachmentSchema>;

/** What a message carries besides its text. */
export const messageContentSchema = z
  .object({
    /** The bot's own words when there are cards or quick replies (body then holds the full text fallback). */
    text: text.optional(),
    attachments: z.array(attachmentSchema).max(10).optional(),
    suggestedActions: z.array(cardActionSchema).max(12).optional(),
    /** The service the message is about (analytics, the agent's context). */
    slug: slugSchema.optional(),
  })
  .strict();
export type MessageContent = z.infer<typeof messageContentSchema>;
