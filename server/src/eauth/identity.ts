import { pseudonymise } from '../privacy/pseudonym.ts';
import { EauthError } from './errors.ts';
import type { LevelOfAssurance } from './levels.ts';

/** Who logged in, as the hub may keep it: a pseudonym, never the ЕГН/ЕИК itself. */
export interface VerifiedIdentity {
  pseudonym: string;
  kind: 'person' | 'entity';
  levelOfAssurance: LevelOfAssurance;
  /** personName as eAuth sends it (often upper case); shown to staff only with consent. */
  name?: string;
  email?: string;
}

const IDENTIFIER = /^(PNOBG|NTRBG)-(\d+)$/;

/** `PNOBG-<ЕГН>` is a person, `NTRBG-<ЕИК>` a legal entity (domain.md §3). */
export function parsePersonIdentifier(value: string | undefined): {
  kind: 'person' | 'entity';
  identifier: string;
} {
  if (!value) throw new EauthError('missing_identifier');
  const match = IDENTIFIER.exec(value.trim());
  if (!match) throw new EauthError('unsupported_identifier');
  const [, prefix, digits = ''] = match;
  if (prefix === 'PNOBG' && digits.length === 10) return { kind: 'person', identifier: digits };
  if (prefix === 'NTRBG' && (digits.length === 9 || digits.length === 13)) {
    return { kind: 'entity', identifier: digits };
  }
  throw new EauthError('unsupported_identifier');
}

export interface IdentityAttributes {
  personIdentifier?: string;
  personName?: string;
  email?: string;
}

export function toVerifiedIdentity(
  attributes: IdentityAttributes,
  levelOfAssurance: LevelOfAssurance,
  secret: string,
): VerifiedIdentity {
  const { kind, identifier } = parsePersonIdentifier(attributes.personIdentifier);
  const name = attributes.personName?.trim();
  const email = attributes.email?.trim();
  return {
    pseudonym: pseudonymise(identifier, secret),
    kind,
    levelOfAssurance,
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
  };
}
