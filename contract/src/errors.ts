import { z } from 'zod';

/** Stable error codes: clients branch on these, never on the message text. */
export const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'internal',
  'unavailable',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z
  .object({ code: errorCodeSchema, message: z.string() })
  .meta({ id: 'ApiError', description: 'Every error answer has this shape.' });
export type ApiError = z.infer<typeof apiErrorSchema>;
