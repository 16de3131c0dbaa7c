import { run } from '../util/run.ts';
import type { TimedScene } from './timeline.ts';
import { LEAD_IN } from './timeline.ts';

export interface EncodeInput {
  images: string[];
  narrations: string[];
  timeline: TimedScene[];
  width: number;
  height: number;
  fps: number;
  mp4: string;
  webm: string;
}

/**
 * One ffmpeg run: each scene is its still image for its duration with its narration delayed by the lead-in and
 * padded with silence; the scenes are concatenated, then encoded twice (H.264/AAC MP4 with faststart, VP9/Opus
 * WebM). Key frames sit on scene starts so that chapter links seek exactly.
 */
export function encodeArgs(input: EncodeInput): string[] {
  const args = ['-y', '-v', 'error'];
  const filters: string[] = [];
  const chain: string[] = [];
  input.timeline.forEach((scene, i) => {
    const d = scene.duration.toFixed(3);
    // A still decoded once a second and repeated by the fps filter: decoding the PNG for every frame is the slow part.
    args.push('-loop', '1', '-framerate', '1', '-t', d, '-i', input.images[i] as string);
    args.push('-i', input.narrations[i] as string);
    filters.push(
      `[${2 * i}:v]scale=${input.width}:${input.height}:flags=lanczos,setsar=1,format=yuv420p,fps=${input.fps},trim=duration=${d},setpts=PTS-STARTPTS[v${i}]`,
      `[${2 * i + 1}:a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,adelay=${Math.round(LEAD_IN * 1000)}:all=1,apad,atrim=duration=${d},asetpts=PTS-STARTPTS[a${i}]`,
    );
    chain.push(`[v${i}][a${i}]`);
  });
  filters.push(
    `${chain.join('')}concat=n=${input.timeline.length}:v=1:a=1[v][a]`,
    '[v]split=2[v1][v2]',
    '[a]asplit=2[a1][a2]',
  );
  const keyframes = input.timeline.map((s) => s.start.toFixed(3)).join(',');
  args.push('-filter_complex', filters.join(';'));
  args.push(
    ...[
      '-map',
      '[v1]',
      '-map',
      '[a1]',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-tune',
      'stillimage',
      '-crf',
      '23',
    ],
    ...['-pix_fmt', 'yuv420p', '-r', String(input.fps), '-force_key_frames', keyframes],
    ...['-c:a', 'aac', '-b:a', '128k', '-movflags', '+faststart', input.mp4],
  );
  args.push(
    ...[
      '-map',
      '[v2]',
      '-map',
      '[a2]',
      '-c:v',
      'libvpx-vp9',
      '-deadline',
      'realtime',
      '-cpu-used',
      '8',
      '-row-mt',
      '1',
    ],
    ...[
      '-b:v',
      '0',
      '-crf',
      '36',
      '-pix_fmt',
      'yuv420p',
      '-r',
      String(input.fps),
      '-force_key_frames',
      keyframes,
    ],
    ...['-c:a', 'libopus', '-b:a', '64k', input.webm],
  );
  return args;
}

export async function encodeVideo(input: EncodeInput): Promise<void> {
  await run('ffmpeg', encodeArgs(input));
}
