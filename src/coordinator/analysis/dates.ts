// Calendar helpers for days written YYYY-MM-DD (UTC arithmetic: days have no time zone).

const weeks = new Map<string, string>();

/** ISO 8601 week of a day, as "2025-W07" (remembered: a dataset has few distinct days). */
export function isoWeek(day: string): string {
  let week = weeks.get(day);
  if (week === undefined) {
    if (weeks.size > 20_000) weeks.clear();
    weeks.set(day, (week = computeIsoWeek(day)));
  }
  return week;
}

function computeIsoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of this week decides the year the week belongs to.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (YYYY-MM-DD) that starts a day's ISO week, for labels such as "w/c 3 Feb". */
export function weekStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() || 7) - 1));
  return date.toISOString().slice(0, 10);
}

/** "2025-02" for a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Every ISO week from the week of `from` to the week of `to` (both days), in order. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  const [y, m, d] = weekStart(from).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const end = weekStart(to);
  while (date.toISOString().slice(0, 10) <= end) {
    weeks.push(isoWeek(date.toISOString().slice(0, 10)));
    date.setUTCDate(date.getUTCDate() + 7);
  }
  return weeks;
}

/** Every month from the month of `from` to the month of `to`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = monthOf(to);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** Monday of an ISO week label such as "2025-W07". */
export function weekOfIsoStart(week: string): string {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (w - 1) * 7);
  return monday.toISOString().slice(0, 10);
}
