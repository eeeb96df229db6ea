// The board report's period. Boards usually meet quarterly, so the report opens on the three
// calendar months before this one plus this month so far; the coordinator can change both ends.

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** From the 1st of the month three months before `today`'s month, up to `today`. */
export function defaultPeriod(today: string): Period {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 3;
  return { from: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`, to: today };
}

/** Why a period cannot be reported on, or undefined when it can. */
export function periodProblem(period: Partial<Period>): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!period.from || !day.test(period.from)) return 'Enter the first day of the period.';
  if (!period.to || !day.test(period.to)) return 'Enter the last day of the period.';
  if (period.from > period.to) return 'The first day must be on or before the last day.';
  return undefined;
}
