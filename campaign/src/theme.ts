/** Sofia Municipality campaign palette: calm deep blue, a red accent, white; GOV.UK-like contrast. */
export const THEME = {
  blue: '#0b3a6f',
  blueDark: '#072a52',
  red: '#c8102e',
  white: '#ffffff',
  ink: '#0b0c0c',
  muted: '#505a5f',
  paleBlue: '#e8eef6',
  /** Liberation Sans has Arial's metrics, so text measured for it fits wherever Arial is used. */
  font: "'Liberation Sans', Arial, Helvetica, sans-serif",
} as const;
