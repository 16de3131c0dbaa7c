import { run } from '../util/run.ts';

/** Container duration in seconds, as ffprobe reads it. */
export async function mediaDuration(file: string): Promise<number> {
  const out = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'default=noprint_wrappers=1:nokey=1',
    file,
  ]);
  const seconds = Number.parseFloat(out.trim());
  if (!Number.isFinite(seconds)) throw new Error(`ffprobe could not read a duration from ${file}`);
  return seconds;
}

export interface StreamInfo {
  codec_type: string;
  codec_name: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
}

export async function mediaStreams(file: string): Promise<StreamInfo[]> {
  const out = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'stream=codec_type,codec_name,width,height,pix_fmt',
    '-of',
    'json',
    file,
  ]);
  return (JSON.parse(out) as { streams: StreamInfo[] }).streams;
}
