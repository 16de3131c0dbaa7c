import { AsyncLocalStorage } from 'node:async_hooks';
import { campaignSchema } from '@hub/contract';
import type { RequestHandler, Response } from 'express';

/**
 * The campaign of the current visit travels in a first-party cookie that holds only the campaign tag (no
 * identifier of the person or the device) and lasts half an hour: a "visit". Requests run inside an
 * AsyncLocalStorage scope, so the directory's events get `campaign` without knowing about campaigns.
 */
export const CAMPAIGN_COOKIE = 'hub_campaign';
export const VISIT_MINUTES = 30;

const scope = new AsyncLocalStorage<string | undefined>();

/** The campaign tag in a Cookie header, when present and well-formed. */
export function campaignFromCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== CAMPAIGN_COOKIE) continue;
    const parsed = campaignSchema.safeParse(rest.join('='));
    return parsed.success ? parsed.data : undefined;
  }
  return undefined;
}

/** Runs the rest of the request inside the visit's campaign scope. */
export const visitCampaign: RequestHandler = (req, _res, next) => {
  scope.run(campaignFromCookie(req.headers.cookie), next);
};

/** The campaign of the request being handled, if it came through a short link in the last half hour. */
export function currentCampaign(): string | undefined {
  return scope.getStore();
}

export function setCampaignCookie(res: Response, campaign: string, secure: boolean): void {
  res.cookie(CAMPAIGN_COOKIE, campaign, {
    maxAge: VISIT_MINUTES * 60_000,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
  });
}

/** Adds the visit's campaign to the directory's events. */
export function withVisitCampaign<E extends { campaign?: string }>(
  record: (event: E) => Promise<void>,
): (event: E) => Promise<void> {
  return (event) => {
    const campaign = event.campaign ?? currentCampaign();
    return record(campaign ? { ...event, campaign } : event);
  };
}
