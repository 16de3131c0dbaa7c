import type { LoginContext } from './login-context.ts';

/** What taking a request id found: still pending, already answered once, or never issued/expired. */
export type TakenRequest =
  | { status: 'pending'; context: LoginContext }
  | { status: 'used'; context: LoginContext }
  | { status: 'unknown' };

/**
 * Short-lived SAML state. Only request ids, the citizen's return context and assertion ids are
 * kept — never an identifier, a name or a SAML message.
 */
export interface EauthStore {
  savePending(requestId: string, context: LoginContext, ttlMs: number): Promise<void>;
  /** Atomically marks the request as used and returns what it was; a request can be taken once. */
  takePending(requestId: string): Promise<TakenRequest>;
  /** Records an assertion id until `untilMs`; false when it was already recorded (a replay). */
  rememberAssertion(assertionId: string, untilMs: number): Promise<boolean>;
}
