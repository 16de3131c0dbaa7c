import { createHmac, timingSafeEqual } from 'node:crypto';

/** X-Viber-Content-Signature: HMAC-SHA256 of the raw request body with the bot's auth token, in hex. */
export function viberSignature(rawBody: Buffer | string, authToken: string): string {
  return createHmac('sha256', authToken).update(rawBody).digest('hex');
}

export function isValidViberSignature(rawBody: Buffer, signature: unknown, authToken: string): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(viberSignature(rawBody, authToken), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
