import type { KioskHandoverDto } from '@hub/contract';
import type { KioskLang } from '../../shared/kiosk-api.ts';
import type { Fetch } from '../data/api-catalog.ts';

export interface PhoneHandoverRequest {
  serverUrl: string;
  fetch: Fetch;
  lang: KioskLang;
  /** The visitor's anonymous citizen token (kept in memory by the staff chat); a fresh one when absent. */
  citizenToken?: string | undefined;
  /** The conversation the phone should continue, if the visitor was chatting. */
  conversationId?: string | undefined;
  /** The guide the phone should open. */
  serviceSlug?: string | undefined;
}

/**
 * "Continue on your phone" with the visitor's session: asks the hub for a short-lived, single-use code and returns
 * the address for the QR code (`/continue#code`). The citizen token itself never appears on the shared screen.
 * Reusable by any kiosk screen that needs the phone to pick up where the kiosk is (the staff chat, sign-in).
 */
export async function requestPhoneHandover(r: PhoneHandoverRequest): Promise<KioskHandoverDto> {
  const citizenToken = r.citizenToken ?? (await freshCitizenToken(r));
  const res = await r.fetch(`${r.serverUrl}/api/kiosk/handover`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      citizenToken,
      lang: r.lang,
      ...(r.conversationId ? { conversationId: r.conversationId } : {}),
      ...(r.serviceSlug ? { serviceSlug: r.serviceSlug } : {}),
    }),
  });
  if (!res.ok) throw new Error(`handover ${res.status}`);
  const body = (await res.json()) as Partial<KioskHandoverDto>;
  if (
    typeof body.url !== 'string' ||
    !body.url.startsWith(`${r.serverUrl}/`) ||
    typeof body.expiresAt !== 'string'
  )
    throw new Error('handover: unexpected answer');
  return body as KioskHandoverDto;
}

/** A new anonymous citizen token for this visitor (kept in memory only). */
export async function freshCitizenToken(
  r: Pick<PhoneHandoverRequest, 'serverUrl' | 'fetch'>,
): Promise<string> {
  const res = await r.fetch(`${r.serverUrl}/api/citizen-token`, { method: 'POST', credentials: 'omit' });
  if (!res.ok) throw new Error(`citizen token ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
