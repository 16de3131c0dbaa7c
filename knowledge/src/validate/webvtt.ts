/** A WebVTT cue: times in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIMING = /^((?:\d{2,}:)?\d{2}:\d{2}\.\d{3}) --> ((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$/;

function seconds(stamp: string): number {
  const parts = stamp.split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** Parses the subset of WebVTT captions use (header, optional cue ids, timings, text); reports every error. */
export function parseWebVtt(text: string): { cues: Cue[]; errors: string[] } {
  const errors: string[] = [];
  const cues: Cue[] = [];
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(blocks[0]?.split('\n')[0] ?? '')) {
    return { cues, errors: ['must start with "WEBVTT"'] };
  }
  let previousStart = -1;
  for (const block of blocks.slice(1)) {
    const lines = block.split('\n').filter((l) => l !== '');
    if (lines.length === 0 || /^(NOTE|STYLE|REGION)\b/.test(lines[0] as string)) continue;
    const timingIndex = TIMING.test(lines[0] as string) ? 0 : 1;
    const match = TIMING.exec(lines[timingIndex] ?? '');
    if (!match) {
      errors.push(`cue "${lines[0]}": missing or malformed timing line`);
      continue;
    }
    const start = seconds(match[1] as string);
    const end = seconds(match[2] as string);
    const body = lines.slice(timingIndex + 1).join('\n');
    if (end <= start) errors.push(`cue at ${match[1]}: ends before it starts`);
    if (start < previousStart) errors.push(`cue at ${match[1]}: out of order`);
    if (body.trim() === '') errors.push(`cue at ${match[1]}: has no text`);
    previousStart = start;
    cues.push({ start, end, text: body });
  }
  if (cues.length === 0 && errors.length === 0) errors.push('has no cues');
  return { cues, errors };
}
