import * as z from 'zod/mini';

/** A calendar day, `YYYY-MM-DD`. Days, never times, are what Hearth records. */
export const Day = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day as YYYY-MM-DD'));
export type Day = z.infer<typeof Day>;

/** Today in the device's local time zone. */
export function localDay(now: Date = new Date()): Day {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
