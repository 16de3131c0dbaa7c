import { z } from 'zod';

export const LANGS = ['bg', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** Where a citizen or a member of staff is using the hub from. */
export const CHANNELS = ['web', 'chat', 'viber', 'teams', 'kiosk', 'helpdesk'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const bilingualSchema = z.object({ bg: z.string(), en: z.string() });

/** Marketing campaign tag (e.g. from a poster QR code): short, plain. */
export const campaignSchema = z
  .string()
  .max(60)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, dot, dash and underscore only');
