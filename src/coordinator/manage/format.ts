// How the management screens write days, codes and fingerprints for people to read.

/** `2025-03-08` → `8 Mar 2025` (the day as given: no time zone shift). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** An ISO time as a local date and time, e.g. `Saturday 8 March 2025 at 14:30`. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
}

/** `ABCDE-FGHJK` → `['ABCDE', 'FGHJK']`: groups to show apart and read out one by one. */
export function codeGroups(code: string): string[] {
  return code.split('-').filter((g) => g !== '');
}

/** Characters separated by spaces, so a screen reader spells the code rather than saying it. */
export function spelledOut(code: string): string {
  return codeGroups(code)
    .map((g) => [...g].join(' '))
    .join(', ');
}

/** A long fingerprint in groups of four, easier to compare by eye. */
export function fingerprintGroups(fp: string): string {
  return (fp.match(/.{1,4}/g) ?? []).join(' ');
}
