import { z } from 'zod';
import { channelSchema, langSchema } from './common.ts';

/*
 * "Your data" for a citizen (server/src/privacy/my-data): download or delete the conversations of the
 * anonymous citizen token. The token travels in the JSON body (a POST), so an embedding site needs no
 * extra CORS headers and the token never appears in a URL or an access log.
 */

const citizenToken = z.string().min(1).max(512);

export const myDataExportRequestSchema = z
  .object({
    citizenToken,
    /** json: the structured export; text: a readable transcript (text/plain, as a file). */
    format: z.enum(['json', 'text']).default('json'),
    lang: langSchema.default('bg'),
  })
  .strict()
  .meta({ id: 'MyDataExportRequest' });
export type MyDataExportRequest = z.input<typeof myDataExportRequestSchema>;

export const myDataEraseRequestSchema = z
  .object({ citizenToken, confirm: z.literal(true) })
  .strict()
  .meta({ id: 'MyDataEraseRequest' });
export type MyDataEraseRequest = z.infer<typeof myDataEraseRequestSchema>;

const iso = z.iso.datetime();

export const myDataMessageSchema = z.object({
  seq: z.number().int(),
  /** citizen | bot | agent | system */
  author: z.enum(['citizen', 'bot', 'agent', 'system']),
  text: z.string(),
  at: iso,
});

export const myDataConversationSchema = z.object({
  id: z.string(),
  channel: z.union([channelSchema, z.string()]),
  lang: z.string(),
  status: z.string(),
  startedAt: iso,
  lastActivityAt: iso,
  /** Deleted automatically on this date unless used again (RETENTION_CONVERSATION_DAYS). */
  deleteAfter: iso,
  /** A verified identity (eAuth) is attached; only a pseudonym of the personal number is kept. */
  identified: z.boolean(),
  messages: z.array(myDataMessageSchema),
  feedback: z.array(z.object({ rating: z.number().int(), comment: z.string().nullable(), at: iso })),
});

export const myDataExportSchema = z
  .object({
    generatedAt: iso,
    conversations: z.array(myDataConversationSchema),
  })
  .meta({ id: 'MyDataExport', description: 'Everything the hub keeps about one anonymous citizen token.' });
export type MyDataExport = z.infer<typeof myDataExportSchema>;
export type MyDataConversation = z.infer<typeof myDataConversationSchema>;

export const myDataErasedSchema = z
  .object({ conversationsDeleted: z.number().int().min(0) })
  .meta({ id: 'MyDataErased' });
export type MyDataErased = z.infer<typeof myDataErasedSchema>;
