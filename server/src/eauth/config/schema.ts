import { z } from 'zod';
import { LEVELS_OF_ASSURANCE } from '../levels.ts';
import { OPTIONAL_ATTRIBUTES } from '../saml-names.ts';

/** eAuth's published endpoints and the OIDs of its own test service provider (domain.md §3). */
export const EAUTH_PRESETS = {
  test: {
    ssoUrl: 'https://eauth-test.egov.bg/SingleSignOnService',
    idpEntityId: 'https://eauth-test.egov.bg',
    providerOid: '2.16.100.1.1.1.1.13',
    serviceOids: {
      LOW: '2.16.100.1.1.1.1.13.1.1.2',
      SUBSTANTIAL: '2.16.100.1.1.1.1.13.1.1.3',
      HIGH: '2.16.100.1.1.1.1.13.1.1.4',
    },
  },
  production: {
    ssoUrl: 'https://eauth.egov.bg/SingleSignOnService',
  },
} as const;

const oid = z.string().regex(/^\d+(\.\d+)+$/, 'must be an OID such as 2.16.100.1.1.1.1.13');
const file = z.string().min(1, 'must name a file');
const MAX_CLOCK_SKEW_MS = 3 * 60_000;

/**
 * The eAuth settings as configured (file paths, not key material). `environment` picks the rules:
 * `production` demands encrypted assertions and https; `local` is the in-process test IdP.
 */
export const eauthSettingsSchema = z
  .object({
    environment: z.enum(['local', 'test', 'production']),
    idp: z.object({
      ssoUrl: z.url(),
      entityId: z.string().min(1),
      certFile: file,
    }),
    sp: z.object({
      /** eAuth identifies a provider by its metadata URL, so the entityID is that URL. */
      entityId: z.url(),
      acsUrl: z.url(),
      keyFile: file,
      certFile: file,
      decryptionKeyFile: file.optional(),
      decryptionCertFile: file.optional(),
    }),
    providerOid: oid,
    serviceOids: z.object({ LOW: oid, SUBSTANTIAL: oid, HIGH: oid }),
    requestedAttributes: z.array(z.enum(OPTIONAL_ATTRIBUTES)).default(['email']),
    defaultLevel: z.enum(LEVELS_OF_ASSURANCE).default('SUBSTANTIAL'),
    requireEncryptedAssertions: z.boolean(),
    clockSkewMs: z.number().int().min(0).max(MAX_CLOCK_SKEW_MS).default(60_000),
    /** How long a started login may take before its request id is forgotten. */
    pendingTtlMs: z
      .number()
      .int()
      .min(60_000)
      .max(60 * 60_000)
      .default(15 * 60_000),
    /** HMAC key for identifier pseudonyms; rotating it severs every stored link. */
    pseudonymSecret: z.string().min(32, 'must be at least 32 characters'),
  })
  .superRefine((s, ctx) => {
    if (s.requireEncryptedAssertions && !s.sp.decryptionKeyFile) {
      ctx.addIssue({
        code: 'custom',
        path: ['sp', 'decryptionKeyFile'],
        message: 'is required when encrypted assertions are required',
      });
    }
    if (s.sp.decryptionKeyFile && !s.sp.decryptionCertFile) {
      ctx.addIssue({
        code: 'custom',
        path: ['sp', 'decryptionCertFile'],
        message: 'is required with a decryption key (it is published in the metadata)',
      });
    }
    if (s.environment !== 'production') return;
    if (!s.requireEncryptedAssertions) {
      ctx.addIssue({
        code: 'custom',
        path: ['requireEncryptedAssertions'],
        message: 'must be true in production (eAuth encrypts assertions there)',
      });
    }
    for (const [path, url] of [
      [['idp', 'ssoUrl'], s.idp.ssoUrl],
      [['sp', 'entityId'], s.sp.entityId],
      [['sp', 'acsUrl'], s.sp.acsUrl],
    ] as const) {
      if (!url.startsWith('https://')) {
        ctx.addIssue({ code: 'custom', path: [...path], message: 'must be https in production' });
      }
    }
  });

export type EauthSettings = z.infer<typeof eauthSettingsSchema>;

/** Settings plus the key material read from the files they name. */
export interface EauthConfig extends EauthSettings {
  keys: {
    idpCert: string;
    spKey: string;
    spCert: string;
    decryptionKey?: string;
    decryptionCert?: string;
  };
}
