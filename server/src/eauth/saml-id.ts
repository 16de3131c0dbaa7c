import { randomBytes } from 'node:crypto';

/** A SAML ID: an NCName (so it starts with "_") with 160 random bits. */
export function newSamlId(): string {
  return '_' + randomBytes(20).toString('hex');
}

/** SAML's xs:dateTime in UTC, millisecond precision. */
export function samlInstant(ms: number): string {
  return new Date(ms).toISOString();
}
