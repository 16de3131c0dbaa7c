/** ЕГН (Bulgarian personal number): YYMMDDRRRC with a real date and a weighted mod-11 check digit. */
const EGN_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6] as const;

export function isValidEgn(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const yy = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  let year = 1900 + yy;
  if (month > 40) {
    year = 2000 + yy;
    month -= 40;
  } else if (month > 20) {
    year = 1800 + yy;
    month -= 20;
  }
  if (!isRealDate(year, month, day)) return false;
  const sum = EGN_WEIGHTS.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  return (sum % 11) % 10 === digits[9];
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
