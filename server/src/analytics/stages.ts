import type { FunnelCounts, FunnelStage } from '@hub/contract';

/**
 * Which stored events count for which funnel stage (see FUNNEL_STAGES in the contract). Each event type
 * feeds at most one stage, so a GROUP BY type answers every stage at once.
 */
export const STAGE_OF_TYPE: Record<string, FunnelStage> = {
  search: 'asked',
  guide_view: 'viewed',
  video_progress: 'watched',
  click_out: 'clickedOut',
  handoff: 'cameBack',
  feedback: 'cameBack',
};

/** The events the funnel counts: videos only at the half-way milestone, hand-offs when asked for, poor ratings. */
export const FUNNEL_EVENTS = {
  OR: [
    { type: { in: ['search', 'guide_view', 'click_out'] } },
    { type: 'video_progress', value: 50 },
    { type: 'handoff', detail: 'requested' },
    { type: 'feedback', value: { lte: 2 } },
  ],
};

export const emptyCounts = (): FunnelCounts => ({
  asked: 0,
  viewed: 0,
  watched: 0,
  clickedOut: 0,
  cameBack: 0,
});

/** Adds `n` events of `type` to the stage it belongs to (ignores types outside the funnel). */
export function addToStage(counts: FunnelCounts, type: string, n: number): void {
  const stage = STAGE_OF_TYPE[type];
  if (stage) counts[stage] += n;
}
