import type { LevelOfAssurance } from './levels.ts';

export type Lang = 'bg' | 'en';

/** Why a login was started and where the citizen returns; kept with the request id until the answer. */
export interface LoginContext {
  purpose: 'citizen' | 'staff';
  level: LevelOfAssurance;
  /** A local path (validated by safeReturnPath), never a full URL. */
  returnPath: string;
  conversationId?: string;
  lang: Lang;
  /** Staff only: sha256 of the one-time link code this login completes (the code itself is not kept). */
  linkCodeHash?: string;
}
