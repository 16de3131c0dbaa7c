import type { InsightsDto } from '@hub/contract';
import type { Db } from '../db/client.ts';
import { funnelWhere, type EventFilter, type Range } from './funnel.ts';

/** The event a campaign short link (/s/<code>) records when followed; its detail is the placement. */
export const CAMPAIGN_VISIT = 'campaign_visit';

/** Reach (visits through the link, guide views) and follow-through (click-outs) per campaign. */
export async function campaignReach(
  db: Db,
  filter: EventFilter,
  range: Range,
): Promise<InsightsDto['campaigns']> {
  const period = { occurredAt: { gte: range.gte, lt: range.lt } };
  const [visits, funnel, placements] = await Promise.all([
    db.analyticsEvent.groupBy({
      by: ['campaign'],
      where: { ...period, type: CAMPAIGN_VISIT, campaign: filter.campaign ?? { not: null } },
      _count: { _all: true },
    }),
    db.analyticsEvent.groupBy({
      by: ['campaign', 'type'],
      where: {
        AND: [
          funnelWhere(filter, range),
          { campaign: { not: null }, type: { in: ['guide_view', 'click_out'] } },
        ],
      },
      _count: { _all: true },
    }),
    db.analyticsEvent.groupBy({
      by: ['campaign', 'detail'],
      where: {
        ...period,
        type: CAMPAIGN_VISIT,
        campaign: filter.campaign ?? { not: null },
        detail: { not: null },
      },
      _count: { _all: true },
    }),
  ]);
  const rows = new Map<string, InsightsDto['campaigns'][number]>();
  const row = (campaign: string) => {
    const r = rows.get(campaign) ?? { campaign, visits: 0, viewed: 0, clickedOut: 0, placements: [] };
    rows.set(campaign, r);
    return r;
  };
  for (const v of visits) if (v.campaign) row(v.campaign).visits += v._count._all;
  for (const f of funnel) {
    if (!f.campaign) continue;
    if (f.type === 'guide_view') row(f.campaign).viewed += f._count._all;
    else row(f.campaign).clickedOut += f._count._all;
  }
  for (const p of placements)
    if (p.campaign && p.detail) row(p.campaign).placements.push({ key: p.detail, visits: p._count._all });
  for (const r of rows.values())
    r.placements.sort((a, b) => b.visits - a.visits || a.key.localeCompare(b.key));
  return [...rows.values()].sort(
    (a, b) =>
      Math.max(b.visits, b.viewed) - Math.max(a.visits, a.viewed) || a.campaign.localeCompare(b.campaign),
  );
}
