import { z } from 'zod';
import { retentionPolicySchema, type RetentionPolicy } from './retention-policy.ts';

/** RETENTION_* environment variables: whole days, validated with the rest of the configuration. */
const days = z.coerce.number().int().min(1).max(3650).optional();

export const retentionEnvShape = {
  /** Days after a conversation's last activity until it is deleted with everything attached to it. */
  RETENTION_CONVERSATION_DAYS: days,
  /** Days after a conversation's last activity until a verified identity (eAuth) is detached from it. */
  RETENTION_IDENTITY_DAYS: days,
  /** Days until analytics events and feedback lose their free text (search queries, comments). */
  RETENTION_ANALYTICS_DETAIL_DAYS: days,
  /** Days until analytics events and feedback ratings are deleted. */
  RETENTION_ANALYTICS_DAYS: days,
  /** Days the staff audit log is kept. */
  RETENTION_AUDIT_DAYS: days,
  /** How often the retention job runs, in minutes (it runs once across all nodes). */
  RETENTION_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
};

export interface RetentionSettings {
  policy: RetentionPolicy;
  intervalMinutes: number;
}

export const DEFAULT_RETENTION: RetentionSettings = {
  policy: retentionPolicySchema.parse({}),
  intervalMinutes: 60,
};

type RetentionEnv = {
  [K in keyof typeof retentionEnvShape]?: z.infer<(typeof retentionEnvShape)[K]>;
};

const ENV_OF: Record<keyof RetentionPolicy, keyof RetentionEnv> = {
  conversationDays: 'RETENTION_CONVERSATION_DAYS',
  identityDays: 'RETENTION_IDENTITY_DAYS',
  analyticsDetailDays: 'RETENTION_ANALYTICS_DETAIL_DAYS',
  analyticsDays: 'RETENTION_ANALYTICS_DAYS',
  auditDays: 'RETENTION_AUDIT_DAYS',
};

/** The periods from parsed env, checked against each other; problems name the variable. */
export function retentionFromEnv(
  env: RetentionEnv,
): { settings: RetentionSettings } | { problems: string[] } {
  const given: Partial<Record<keyof RetentionPolicy, number>> = {};
  for (const [field, name] of Object.entries(ENV_OF) as [keyof RetentionPolicy, keyof RetentionEnv][]) {
    const value = env[name];
    if (value !== undefined) given[field] = value;
  }
  const parsed = retentionPolicySchema.safeParse(given);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const field = issue.path[0] as keyof RetentionPolicy | undefined;
        return `${field ? ENV_OF[field] : 'RETENTION_*'}: ${issue.message}`;
      }),
    };
  }
  return { settings: { policy: parsed.data, intervalMinutes: env.RETENTION_INTERVAL_MINUTES ?? 60 } };
}
