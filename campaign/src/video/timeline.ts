/** Silence before the narrator starts and after they stop, so cuts never clip a word. */
export const LEAD_IN = 0.5;
export const TAIL = 0.9;

export interface TimedScene {
  start: number;
  duration: number;
  /** When the narration inside the scene starts and ends (absolute seconds). */
  speechStart: number;
  speechEnd: number;
}

/** Scene duration = narration + padding, rounded up to whole frames so scene starts land on frames. */
export function buildTimeline(narrationSeconds: number[], fps: number): TimedScene[] {
  let start = 0;
  return narrationSeconds.map((speech) => {
    // The epsilon keeps float noise (4.4 × 25 = 110.00000000000001) from adding a frame.
    const duration = Math.round((Math.ceil((LEAD_IN + speech + TAIL) * fps - 1e-6) / fps) * 1000) / 1000;
    const scene = { start, duration, speechStart: start + LEAD_IN, speechEnd: start + LEAD_IN + speech };
    start = Math.round((start + duration) * 1000) / 1000;
    return scene;
  });
}

export function totalDuration(timeline: TimedScene[]): number {
  return timeline.reduce((sum, s) => sum + s.duration, 0);
}
