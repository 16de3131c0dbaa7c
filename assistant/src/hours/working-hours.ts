/** Staff working hours of the help desk. Days: 1 = Monday … 7 = Sunday; times "HH:MM" in `timezone`. */
export interface WorkingHours {
  days: number[];
  from: string;
  to: string;
  timezone: string;
  /** Public holidays as YYYY-MM-DD in `timezone`. */
  holidays: string[];
}

export const SOFIA_OFFICE_HOURS: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '17:30',
  timezone: 'Europe/Sofia',
  holidays: [],
};

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, f);
  }
  return f;
}

export function isWithinWorkingHours(hours: WorkingHours, at: Date): boolean {
  const parts = Object.fromEntries(
    formatterFor(hours.timezone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = WEEKDAYS[parts.weekday ?? ''] ?? 0;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  if (!hours.days.includes(day) || hours.holidays.includes(date)) return false;
  return time >= hours.from && time < hours.to;
}
