import { z } from 'zod';

/**
 * Verified identity in a conversation (eAuth step-up). Citizens chat anonymously; the assistant or an
 * agent may ask them to sign in with eAuth. Staff see "verified (level)" and the name only after the
 * citizen consents. Never carries an ЕГН, a pseudonym or a SAML message.
 */
export const IDENTITY_EVENTS = {
  /** Agent → server: ask the citizen to sign in at a level. */
  request: 'identity.request',
  /** Citizen or staff → server: the identity state of a conversation (each sees their own view). */
  status: 'identity.status',
  /** Citizen → server: share (or not) the verified identity with staff. */
  consent: 'identity.consent',
  /** Server → conversation room: the citizen's view changed (a request, a login, a consent). */
  updated: 'identity.updated',
  /** Server → staff room: a citizen shared their verified identity (or withdrew it). */
  shared: 'identity.shared',
} as const;

export const LEVELS_OF_ASSURANCE = ['LOW', 'SUBSTANTIAL', 'HIGH'] as const;
export const levelOfAssuranceSchema = z.enum(LEVELS_OF_ASSURANCE);
export type LevelOfAssurance = z.infer<typeof levelOfAssuranceSchema>;

/** Why identity is asked for; the widget shows a translated explanation for each. */
export const IDENTITY_REASONS = ['personal_tax', 'kindergarten', 'personal_case', 'agent'] as const;
export const identityReasonSchema = z.enum(IDENTITY_REASONS);
export type IdentityReason = z.infer<typeof identityReasonSchema>;

const conversationId = z.string().min(1).max(64);

export const identityRequestSchema = z
  .object({ conversationId, level: levelOfAssuranceSchema.default('SUBSTANTIAL') })
  .strict();
export const identityStatusSchema = z.object({ conversationId }).strict();
export const identityConsentSchema = z.object({ conversationId, share: z.boolean() }).strict();

/**
 * What the citizen sees: `requested` (show the sign-in card), `consent` (signed in; ask to share),
 * `shared` / `not_shared` (answered). `name` only in the citizen's own view, so they know what they share.
 */
export const citizenIdentityViewSchema = z
  .object({
    conversationId,
    state: z.enum(['none', 'requested', 'consent', 'shared', 'not_shared']),
    request: z
      .object({
        level: levelOfAssuranceSchema,
        reason: identityReasonSchema,
        by: z.enum(['assistant', 'agent']),
      })
      .nullable(),
    level: levelOfAssuranceSchema.nullable(),
    name: z.string().max(300).nullable(),
  })
  .strict();
export type CitizenIdentityView = z.infer<typeof citizenIdentityViewSchema>;

/** What staff see: nothing until the citizen consents; then verified, the level and the name. */
export const staffIdentityViewSchema = z
  .object({
    conversationId,
    verified: z.boolean(),
    level: levelOfAssuranceSchema.nullable(),
    name: z.string().max(300).nullable(),
    kind: z.enum(['person', 'entity']).nullable(),
    /** An identity request is waiting for the citizen. */
    requested: levelOfAssuranceSchema.nullable(),
  })
  .strict();
export type StaffIdentityView = z.infer<typeof staffIdentityViewSchema>;

type AckOf<T> = (
  res: { ok: true; data: T } | { ok: false; error: { code: string; message: string } },
) => void;

export interface IdentityClientEvents {
  'identity.request': (p: z.input<typeof identityRequestSchema>, ack: AckOf<StaffIdentityView>) => void;
  'identity.status': (
    p: z.input<typeof identityStatusSchema>,
    ack: AckOf<CitizenIdentityView | StaffIdentityView>,
  ) => void;
  'identity.consent': (p: z.input<typeof identityConsentSchema>, ack: AckOf<CitizenIdentityView>) => void;
}

export interface IdentityServerEvents {
  'identity.updated': (view: CitizenIdentityView) => void;
  'identity.shared': (view: StaffIdentityView) => void;
}

/** Staff eAuth sign-in: an admin issues a one-time code for an account (no ЕГН is ever typed). */
export const staffEauthLinkDtoSchema = z
  .object({
    staffUserId: z.string(),
    /** Shown once to the admin, who hands it to the colleague. */
    code: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'StaffEauthLinkCode' });
export type StaffEauthLinkDto = z.infer<typeof staffEauthLinkDtoSchema>;

export const staffEauthStatusSchema = z
  .object({ staffUserId: z.string(), linked: z.boolean(), pending: z.boolean() })
  .meta({ id: 'StaffEauthStatus' });
export type StaffEauthStatus = z.infer<typeof staffEauthStatusSchema>;

/** GET /api/eauth/info: whether eAuth sign-in is offered here (the console shows its button then). */
export const eauthInfoSchema = z
  .object({ enabled: z.boolean(), levels: z.array(levelOfAssuranceSchema) })
  .meta({ id: 'EauthInfo' });
export type EauthInfo = z.infer<typeof eauthInfoSchema>;
