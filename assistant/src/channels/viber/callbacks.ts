import { z } from 'zod';

const user = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200).optional(),
  language: z.string().max(20).optional(),
});

/** The Viber callbacks the hub acts on; others (delivered, seen, failed, …) are acknowledged and ignored. */
export const viberCallbackSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('webhook'), timestamp: z.number().optional() }),
  z.object({ event: z.literal('conversation_started'), user, subscribed: z.boolean().optional() }),
  z.object({
    event: z.literal('message'),
    message_token: z.union([z.number(), z.string()]),
    sender: user,
    message: z.object({ type: z.string().max(30), text: z.string().max(7000).optional() }),
  }),
  z
    .object({ event: z.enum(['subscribed', 'unsubscribed', 'delivered', 'seen', 'failed', 'client_status']) })
    .loose(),
]);
export type ViberCallback = z.infer<typeof viberCallbackSchema>;

/** Viber language tags (`bg`, `en-GB`) to the hub's languages. */
export function viberLang(language: string | undefined): 'bg' | 'en' {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'bg';
}
