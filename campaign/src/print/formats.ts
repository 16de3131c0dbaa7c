/** Print formats in millimetres. A4 and A3 share one portrait layout; the banner has its own. */
export const PRINT_FORMATS = {
  a4: { widthMm: 210, heightMm: 297, layout: 'portrait' },
  a3: { widthMm: 297, heightMm: 420, layout: 'portrait' },
  /** An in-vehicle banner strip for trams, buses and the metro (1000 × 250 mm). */
  banner: { widthMm: 1000, heightMm: 250, layout: 'banner' },
} as const;

export type PrintSize = keyof typeof PRINT_FORMATS;
export type PrintFormat = (typeof PRINT_FORMATS)[PrintSize];

export function isPrintSize(value: string): value is PrintSize {
  return Object.hasOwn(PRINT_FORMATS, value);
}
