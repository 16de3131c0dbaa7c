import type { TimedScene } from './timeline.ts';

/** Longest caption line and lines per cue, as broadcast caption guidelines suggest. */
const LINE = 42;
const LINES = 2;

export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** "mm:ss" (the guide's video.chapters format), floored to the second the chapter has begun. */
export function chapterStamp(seconds: number): string {
  const whole = Math.floor(seconds + 1e-6);
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Splits narration into caption-sized pieces: sentences, then at most two lines of about 42 characters. */
export function captionChunks(text: string): string[] {
  const sentences = text
    .match(/[^.!?]+[.!?]*(?:\s+|$)/g)
    ?.map((s) => s.trim())
    .filter(Boolean) ?? [text];
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const lines = wrap(sentence);
    for (let i = 0; i < lines.length; i += LINES) chunks.push(lines.slice(i, i + LINES).join('\n'));
  }
  return chunks;
}

/** One or more cues per scene, spread over the narration in proportion to their length. */
export function captionsVtt(timeline: TimedScene[], texts: string[]): string {
  const cues: string[] = [];
  timeline.forEach((scene, i) => {
    const chunks = captionChunks(texts[i] ?? '');
    const weight = chunks.reduce((sum, c) => sum + c.length, 0) || 1;
    const span = Math.max(scene.speechEnd - scene.speechStart, 0.5);
    let t = scene.speechStart;
    chunks.forEach((chunk, j) => {
      const last = j === chunks.length - 1;
      const end = last
        ? Math.min(scene.start + scene.duration, scene.speechStart + span + 0.4)
        : t + (span * chunk.length) / weight;
      cues.push(`${vttTime(t)} --> ${vttTime(end)}\n${chunk}`);
      t = end;
    });
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** Chapter cues cover whole scenes: the intro, every step and the closing card. */
export function chaptersVtt(timeline: TimedScene[], titles: string[]): string {
  const cues = timeline.map(
    (scene, i) =>
      `chapter-${i}\n${vttTime(scene.start)} --> ${vttTime(scene.start + scene.duration)}\n${titles[i] ?? ''}`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
