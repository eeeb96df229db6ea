import type { Locale } from '../../../protocol/locales';
import { areaOf, type EventIndex } from './events';
import type { Filters, ResponseRow } from './types';

// Narrowing responses for a view. Every filter is optional and they combine with AND; days
// are inclusive and compared as text (YYYY-MM-DD sorts as dates do).

export function matches(row: ResponseRow, filters: Filters, events: EventIndex): boolean {
  if (filters.from !== undefined && row.day < filters.from) return false;
  if (filters.to !== undefined && row.day > filters.to) return false;
  if (filters.eventId !== undefined && row.eventId !== filters.eventId) return false;
  if (filters.area !== undefined && areaOf(events, row.eventId) !== filters.area) return false;
  if (filters.formVersion !== undefined && row.formVersion !== filters.formVersion) return false;
  if (filters.locale !== undefined && row.locale !== filters.locale) return false;
  return true;
}

export function applyFilters(
  rows: readonly ResponseRow[],
  filters: Filters,
  events: EventIndex,
): ResponseRow[] {
  return rows.filter((row) => matches(row, filters, events));
}

/** Responses to one form (every version). */
export function responsesTo(rows: readonly ResponseRow[], formId: string): ResponseRow[] {
  return rows.filter((row) => row.formId === formId);
}

/** True when no filter is set. */
export function isUnfiltered(filters: Filters): boolean {
  return Object.values(filters).every((v) => v === undefined);
}

export interface FilterChoices {
  /** Event ids that responses name, known events first (by day), then unknown ids. */
  eventIds: string[];
  /** Areas of those events, sorted; '' (no area) is left out. */
  areas: string[];
  formVersions: number[];
  locales: Locale[];
  /** First and last response day, if any. */
  firstDay?: string;
  lastDay?: string;
}

/** What the filter controls can offer for a set of responses (usually one form's). */
export function filterChoices(rows: readonly ResponseRow[], events: EventIndex): FilterChoices {
  const eventIds = new Set<string>();
  const areas = new Set<string>();
  const versions = new Set<number>();
  const locales = new Set<Locale>();
  let firstDay: string | undefined;
  let lastDay: string | undefined;
  for (const row of rows) {
    if (row.eventId !== undefined) eventIds.add(row.eventId);
    const area = areaOf(events, row.eventId);
    if (area) areas.add(area);
    versions.add(row.formVersion);
    locales.add(row.locale);
    if (firstDay === undefined || row.day < firstDay) firstDay = row.day;
    if (lastDay === undefined || row.day > lastDay) lastDay = row.day;
  }
  const eventDay = (id: string) => events.get(id)?.day ?? '9999-99-99';
  return {
    eventIds: [...eventIds].sort(
      (a, b) => eventDay(a).localeCompare(eventDay(b)) || a.localeCompare(b),
    ),
    areas: [...areas].sort((a, b) => a.localeCompare(b)),
    formVersions: [...versions].sort((a, b) => a - b),
    locales: [...locales].sort(),
    ...(firstDay === undefined ? {} : { firstDay }),
    ...(lastDay === undefined ? {} : { lastDay }),
  };
}
