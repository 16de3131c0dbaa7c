import { describe, expect, it } from 'vitest';
import { parseWebVtt } from '../../../knowledge/src/validate/webvtt.ts';
import { buildTimeline, LEAD_IN, TAIL, totalDuration } from './timeline.ts';
import { captionChunks, captionsVtt, chapterStamp, chaptersVtt, vttTime } from './webvtt-writer.ts';

describe('timeline', () => {
  it('makes each scene its narration plus padding, rounded up to whole frames, back to back', () => {
    const timeline = buildTimeline([2.01, 3], 25);
    expect(timeline[0]?.duration).toBeCloseTo(Math.ceil((2.01 + LEAD_IN + TAIL) * 25) / 25, 6);
    expect(timeline[1]?.start).toBeCloseTo(timeline[0]?.duration ?? 0, 6);
    expect(timeline[1]?.speechStart).toBeCloseTo((timeline[1]?.start ?? 0) + LEAD_IN, 6);
    expect(timeline[1]?.duration).toBe(3 + LEAD_IN + TAIL);
    expect(totalDuration(timeline)).toBeCloseTo(2.01 + 3 + 2 * (LEAD_IN + TAIL), 1);
  });
});

describe('WebVTT writing', () => {
  const timeline = buildTimeline([4, 6, 3], 25);

  it('formats times and guide chapter stamps', () => {
    expect(vttTime(3725.5)).toBe('01:02:05.500');
    expect(chapterStamp(75.96)).toBe('01:15');
  });

  it('splits narration into sentences of at most two 42-character lines', () => {
    const chunks = captionChunks(
      'Първо изречение. Второ изречение е значително по-дълго от първото и ще се пренесе на повече редове от два.',
    );
    expect(chunks[0]).toBe('Първо изречение.');
    for (const chunk of chunks) {
      const lines = chunk.split('\n');
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(42);
    }
  });

  it('writes captions that parse and stay inside their scenes', () => {
    const { cues, errors } = parseWebVtt(
      captionsVtt(timeline, ['Здравейте. Това е въведение.', 'Стъпка едно.', 'Край.']),
    );
    expect(errors).toEqual([]);
    expect(cues).toHaveLength(4);
    const sceneOf = (t: number) => timeline.findIndex((s) => t >= s.start && t < s.start + s.duration);
    expect(cues.map((c) => sceneOf(c.start))).toEqual([0, 0, 1, 2]);
    for (const cue of cues) expect(sceneOf(cue.end - 0.001)).toBe(sceneOf(cue.start));
  });

  it('writes one chapter per scene, starting where the scene starts', () => {
    const { cues, errors } = parseWebVtt(chaptersVtt(timeline, ['Въведение', '1. Подайте', 'Край']));
    expect(errors).toEqual([]);
    expect(cues.map((c) => c.start)).toEqual(timeline.map((s) => Math.round(s.start * 1000) / 1000));
    expect(cues.map((c) => c.text)).toEqual(['Въведение', '1. Подайте', 'Край']);
  });
});
