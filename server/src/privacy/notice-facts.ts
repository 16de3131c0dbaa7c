import { CITIZEN_TOKEN_DAYS } from '../realtime/citizen-token.ts';
import type { RetentionPolicy } from './retention-policy.ts';
import { DEFAULT_RETENTION, type RetentionSettings } from './retention-settings.ts';

/** The numbers the privacy notice quotes: the very settings the retention job runs with. */
export interface PrivacyNoticeFacts {
  policy: RetentionPolicy;
  /** The job runs this often, so data goes at most this long after its period ends. */
  intervalMinutes: number;
  /** The widget's conversation token (in the browser's localStorage) expires after this many days. */
  citizenTokenDays: number;
}

export function privacyNoticeFacts(settings: RetentionSettings | undefined): PrivacyNoticeFacts {
  const s = settings ?? DEFAULT_RETENTION;
  return { policy: s.policy, intervalMinutes: s.intervalMinutes, citizenTokenDays: CITIZEN_TOKEN_DAYS };
}
