import { createHash } from 'node:crypto';
import type { CampaignTarget } from './target.ts';

/** Crockford's base32 without I, L, O, U: codes survive being read aloud or typed from a poster. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 8;

export interface ShortLink {
  code: string;
  url: string;
  campaign: string;
  placement: string;
  /** Directory path the server redirects the code to. */
  target: string;
}

/** A deterministic code for campaign + placement + target: the same poster always carries the same QR. */
export function shortCode(campaign: string, placement: string, targetPath: string): string {
  const digest = createHash('sha256').update(`${campaign}\n${placement}\n${targetPath}`).digest();
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[(digest[i] as number) % 32];
  return code;
}

export function shortLink(
  publicOrigin: string,
  campaign: string,
  placement: string,
  target: CampaignTarget,
): ShortLink {
  const origin = new URL(publicOrigin).origin;
  const code = shortCode(campaign, placement, target.path);
  return { code, url: `${origin}/s/${code}`, campaign, placement, target: target.path };
}
