import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EauthConfig } from './config/schema.ts';
import { LEVELS_OF_ASSURANCE } from './levels.ts';
import type { Lang, LoginContext } from './login-context.ts';
import { safeReturnPath } from './return-path.ts';

/** The form (or JSON) that starts a login: where to return and, optionally, the conversation. */
const loginFormSchema = z.object({
  returnPath: z.string().max(512),
  conversationId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  level: z.enum(LEVELS_OF_ASSURANCE).optional(),
  purpose: z.enum(['citizen', 'staff']).default('citizen'),
  lang: z.enum(['bg', 'en']).optional(),
  /** A staff member completing the link an admin issued (see staff-link/). */
  linkCode: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,40}$/)
    .optional(),
});

/** The form stores only this hash of a link code, never the code. */
export function hashLinkCode(code: string): string {
  return createHash('sha256').update(code.replace(/-/g, '').toUpperCase(), 'utf8').digest('hex');
}

export function parseLoginForm(body: unknown, config: EauthConfig, lang: Lang): LoginContext | undefined {
  const parsed = loginFormSchema.safeParse(body ?? {});
  if (!parsed.success) return undefined;
  const returnPath = safeReturnPath(parsed.data.returnPath);
  if (!returnPath) return undefined;
  if (parsed.data.linkCode && parsed.data.purpose !== 'staff') return undefined;
  return {
    purpose: parsed.data.purpose,
    level: parsed.data.level ?? config.defaultLevel,
    returnPath,
    ...(parsed.data.conversationId ? { conversationId: parsed.data.conversationId } : {}),
    lang: parsed.data.lang ?? lang,
    ...(parsed.data.linkCode ? { linkCodeHash: hashLinkCode(parsed.data.linkCode) } : {}),
  };
}
