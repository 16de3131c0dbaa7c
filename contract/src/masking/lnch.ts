/** ЛНЧ (foreigner's personal number): 10 digits, weights 21,19,17,13,11,9,7,3,1, check = sum mod 10. */
const LNCH_WEIGHTS = [21, 19, 17, 13, 11, 9, 7, 3, 1] as const;

export function isValidLnch(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = LNCH_WEIGHTS.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  return sum % 10 === digits[9];
}
