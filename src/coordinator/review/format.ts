import { LOCALE_NAMES, isLocale } from '../../../protocol/locales';
import { formatCell, share } from '../analysis/disclosure';
import type { EventIndex } from '../analysis/events';
import type { Cell, Filters } from '../analysis/types';

// Presentation only: how days, weeks, shares and filters read on a coordinator screen. No
// counting happens here; every number arrives as a disclosure-controlled Cell.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Feb 2025" for "2025-02-03" (days have no time zone: read as written). */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const month = MONTHS[(m ?? 0) - 1];
  if (y === undefined || month === undefined || d === undefined) return day;
  return `${d} ${month} ${y}`;
}

/** "Feb 2025" for "2025-02"; anything else as given. */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
}

/** "w/c 3 Feb 2025" for the Monday a week starts on. */
export function weekLabel(weekStart: string): string {
  return `w/c ${dayLabel(weekStart)}`;
}

/** A cell as words: the number, or "fewer than 10". */
export function cellText(cell: Cell): string {
  return formatCell(cell);
}

/** "40%" of a total, or '' when either side is hidden (a share must not reveal a hidden cell). */
export function shareText(part: Cell, total: Cell): string {
  const s = share(part, total);
  return s === undefined ? '' : `${Math.round(s * 100)}%`;
}

/** A 0–1 share as "40%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The largest shown value among cells (0 when none), for scaling bars. */
export function largestShown(cells: readonly Cell[]): number {
  let max = 0;
  for (const cell of cells) if (cell.kind === 'count' && cell.value > max) max = cell.value;
  return max;
}

/** True when any cell is hidden: the chart then says that those are not drawn. */
export function anySuppressed(cells: readonly Cell[]): boolean {
  return cells.some((cell) => cell.kind === 'suppressed');
}

const ENGLISH_NAMES: Record<string, string> = {
  en: 'English',
  pl: 'Polish',
  ro: 'Romanian',
  ur: 'Urdu',
  ar: 'Arabic',
};

/** A language for a coordinator: "Polish (Polski)". */
export function localeLabel(locale: string): string {
  const english = ENGLISH_NAMES[locale] ?? locale;
  if (!isLocale(locale) || locale === 'en') return english;
  return `${english} (${LOCALE_NAMES[locale]})`;
}

/** An event's name and day for a filter or a table, or its id when unknown. */
export function eventLabel(events: EventIndex, eventId: string): string {
  const event = events.get(eventId);
  return event ? `${event.name}, ${dayLabel(event.day)}` : `Unknown event (${eventId})`;
}

/** One line saying which filters are on, for headings, the report and the CSV notes. */
export function describeFilters(filters: Filters, events: EventIndex): string {
  const parts: string[] = [];
  if (filters.from !== undefined && filters.to !== undefined)
    parts.push(`${dayLabel(filters.from)} to ${dayLabel(filters.to)}`);
  else if (filters.from !== undefined) parts.push(`from ${dayLabel(filters.from)}`);
  else if (filters.to !== undefined) parts.push(`up to ${dayLabel(filters.to)}`);
  if (filters.eventId !== undefined) parts.push(`event: ${eventLabel(events, filters.eventId)}`);
  if (filters.area !== undefined) parts.push(`area: ${filters.area}`);
  if (filters.formVersion !== undefined) parts.push(`version ${filters.formVersion}`);
  if (filters.locale !== undefined) parts.push(`language: ${localeLabel(filters.locale)}`);
  return parts.length === 0 ? 'All responses' : parts.join('; ');
}

/**
 * Splits a label into lines of at most `width` characters at spaces (a word longer than the
 * line is cut), at most `maxLines`, the last ending in "…" if text was left over.
 */
export function wrapLabel(label: string, width: number, maxLines = 2): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  const space = last.lastIndexOf(' ');
  kept[maxLines - 1] =
    last.length < width
      ? `${last}…`
      : space > 0
        ? `${last.slice(0, space)}…`
        : `${last.slice(0, width - 1)}…`;
  return kept;
}

/** A file name such as "hearth-aggregate-2025-02-03.csv" (no spaces, no path characters). */
export function fileName(what: string, day: string, ext = 'csv'): string {
  const safe = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `hearth-${safe || 'export'}-${day}.${ext}`;
}
