import fs from 'node:fs';
import zlib from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  /** RGB triples, row by row. */
  rgb: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes the 8-bit, non-interlaced PNGs pdftoppm and Chromium write (grey, RGB, with or without alpha). */
export function readPng(file: string): Png {
  const buf = fs.readFileSync(file);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error(`${file} is not a PNG`);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs are supported');
      channels = CHANNELS[data[9] as number] ?? 0;
      if (!channels) throw new Error(`unsupported PNG colour type ${data[9]}`);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= channels ? (pixels[y * stride + x - channels] as number) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] as number) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const grey = channels < 3;
    for (let k = 0; k < 3; k++) rgb[i * 3 + k] = pixels[i * channels + (grey ? 0 : k)] as number;
  }
  return { width, height, rgb };
}

/** Variance of luminance: near zero for a blank page. */
export function luminanceVariance(png: Png): number {
  const n = png.width * png.height;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const l =
      0.2126 * (png.rgb[i * 3] as number) +
      0.7152 * (png.rgb[i * 3 + 1] as number) +
      0.0722 * (png.rgb[i * 3 + 2] as number);
    sum += l;
    sq += l * l;
  }
  const mean = sum / n;
  return sq / n - mean * mean;
}

/** Share of pixels close to a colour (each channel within tolerance). */
export function colourShare(png: Png, hex: string, tolerance = 24): number {
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let hits = 0;
  const n = png.width * png.height;
  for (let i = 0; i < n; i++) {
    if (target.every((t, k) => Math.abs((png.rgb[i * 3 + k] as number) - t) <= tolerance)) hits++;
  }
  return hits / n;
}
