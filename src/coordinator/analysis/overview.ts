import type { Settings } from '../../../protocol/config';
import { isoWeek, weekOfIsoStart, weeksBetween } from './dates';
import { kFor, protectGroup, type DisclosureOptions } from './disclosure';
import type { EventIndex, KnownEvent } from './events';
import { applyFilters } from './filters';
import { en, formTitle, type FormCatalogue } from './forms';
import type { DistributionRow } from './summary-types';
import type { Cell, Dataset, Filters, ResponseRow } from './types';

// The overview: responses per form and per ISO week, events held, and attendance (people
// engaged, by event type, by area and over time) from the event attendance sheets.
// Attendance figures are counts of people added up over sheets, so they are protected as
// counts of people (1…k−1 hidden, secondary suppression per breakdown) rather than by the
// number of sheets: one stall that reached 40 people shows 40.

export const ATTENDANCE_FORM_ID = 'event-attendance';

export interface OverviewContext {
  catalogue: FormCatalogue;
  events: EventIndex;
  settings: Settings | undefined;
}

export interface FormWeeks {
  formId: string;
  title: string;
  k: number;
  /** Responses in the period (a time series row: suppressed as one group). */
  total: Cell;
  /** One cell per entry of `Overview.weeks`. */
  weeks: Cell[];
}

export interface HeldEvent extends KnownEvent {
  /** Attendance sheets closed for it. */
  sheets: number;
}

export interface AttendanceTotals {
  k: number;
  /** Attendance sheets (one per event closed on a tablet); a count of events, not people. */
  sheets: number;
  peopleEngaged: Cell;
  conversations: Cell;
  /** People engaged by event type, by area and by week (each a group over the same total). */
  byType: DistributionRow[];
  byArea: DistributionRow[];
  byWeek: DistributionRow[];
}

export interface Overview {
  /** ISO weeks ("2025-W07") from the first to the last response in the period. */
  weeks: string[];
  /** The Monday each week starts on (YYYY-MM-DD), for labels. */
  weekStarts: string[];
  forms: FormWeeks[];
  events: { held: number; fromConfig: number; fromDevices: number; list: HeldEvent[] };
  attendance: AttendanceTotals;
}

function rowsOf(keys: string[], labels: Map<string, string>, cells: Cell[]): DistributionRow[] {
  return keys.map((key, i) => ({
    key,
    label: labels.get(key) ?? key,
    count: cells[i] ?? { kind: 'count', value: 0 },
  }));
}

/** The kind of event for an attendance sheet: its own answer, else the event's type. */
function eventType(row: ResponseRow, event: KnownEvent | undefined): string {
  const answer = row.answers['event_type'];
  if (typeof answer === 'string' && answer !== 'other') return answer;
  return event?.type ?? 'other';
}

function peopleIn(row: ResponseRow, questionId: string): number {
  const value = Object.hasOwn(row.answers, questionId) ? row.answers[questionId] : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

export function attendanceTotals(
  rows: readonly ResponseRow[],
  context: OverviewContext,
  weeks: string[],
  options: DisclosureOptions = {},
): AttendanceTotals {
  const { catalogue, events, settings } = context;
  const k = kFor(settings, ATTENDANCE_FORM_ID);
  const sheets = rows.filter((r) => r.formId === ATTENDANCE_FORM_ID);
  const byType = new Map<string, number>();
  const byArea = new Map<string, number>();
  const byWeek = new Map<string, number>();
  let conversations = 0;
  for (const row of sheets) {
    const n = peopleIn(row, 'people_engaged');
    const event = row.eventId === undefined ? undefined : events.get(row.eventId);
    const typed = row.answers['area'];
    const area =
      event?.area.trim() || (typeof typed === 'string' ? typed.trim() : '') || 'No area given';
    conversations += peopleIn(row, 'conversations');
    const type = eventType(row, event);
    byType.set(type, (byType.get(type) ?? 0) + n);
    byArea.set(area, (byArea.get(area) ?? 0) + n);
    const week = isoWeek(row.day);
    byWeek.set(week, (byWeek.get(week) ?? 0) + n);
  }
  const typeLabels = new Map<string, string>();
  const typeQuestion = catalogue
    .latest(ATTENDANCE_FORM_ID)
    ?.questions.find((q) => q.id === 'event_type');
  if (typeQuestion?.type === 'choice')
    for (const o of typeQuestion.options) typeLabels.set(o.value, en(o.label));
  const typeKeys = [...byType.keys()].sort(
    (a, b) => (byType.get(b) ?? 0) - (byType.get(a) ?? 0) || a.localeCompare(b),
  );
  const areaKeys = [...byArea.keys()].sort((a, b) => a.localeCompare(b));
  const group = (keys: string[], map: Map<string, number>) =>
    protectGroup(
      keys.map((key) => map.get(key) ?? 0),
      k,
      options,
    );
  const types = group(typeKeys, byType);
  const areas = group(areaKeys, byArea);
  const series = group(weeks, byWeek);
  return {
    k,
    sheets: sheets.length,
    peopleEngaged: types.total,
    conversations: protectGroup([], k, { ...options, total: conversations }).total,
    byType: types.shown ? rowsOf(typeKeys, typeLabels, types.cells) : [],
    byArea: areas.shown ? rowsOf(areaKeys, new Map(), areas.cells) : [],
    byWeek: series.shown ? rowsOf(weeks, new Map(weeks.map((w) => [w, w])), series.cells) : [],
  };
}

/** Events held in the period: published events with responses, and every tablet-made one. */
export function eventsHeld(
  dataset: Dataset,
  rows: readonly ResponseRow[],
  events: EventIndex,
  filters: Filters,
) {
  const withRecords = new Set(rows.map((r) => r.eventId).filter((id) => id !== undefined));
  const sheets = new Map<string, number>();
  for (const r of rows) {
    if (r.formId === ATTENDANCE_FORM_ID && r.eventId !== undefined)
      sheets.set(r.eventId, (sheets.get(r.eventId) ?? 0) + 1);
  }
  const fromDevices = new Set(dataset.deviceEvents.map((d) => d.event.id));
  const list: HeldEvent[] = [];
  for (const event of events.values()) {
    if (filters.from !== undefined && event.day < filters.from) continue;
    if (filters.to !== undefined && event.day > filters.to) continue;
    if (filters.area !== undefined && event.area.trim() !== filters.area) continue;
    if (filters.eventId !== undefined && event.id !== filters.eventId) continue;
    if (!withRecords.has(event.id) && !fromDevices.has(event.id)) continue;
    list.push({ ...event, sheets: sheets.get(event.id) ?? 0 });
  }
  list.sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
  const fromConfig = list.filter((e) => e.source === 'config').length;
  return { held: list.length, fromConfig, fromDevices: list.length - fromConfig, list };
}

export function overview(
  dataset: Dataset,
  context: OverviewContext,
  filters: Filters = {},
  options: DisclosureOptions = {},
): Overview {
  const { catalogue, events, settings } = context;
  const rows = applyFilters(dataset.responses, filters, events);
  let first: string | undefined;
  let last: string | undefined;
  for (const r of rows) {
    if (first === undefined || r.day < first) first = r.day;
    if (last === undefined || r.day > last) last = r.day;
  }
  const weeks =
    first !== undefined && last !== undefined
      ? weeksBetween(filters.from ?? first, filters.to ?? last)
      : [];
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const perForm = new Map<string, number[]>();
  for (const r of rows) {
    let counts = perForm.get(r.formId);
    if (!counts) perForm.set(r.formId, (counts = weeks.map(() => 0)));
    const i = weekIndex.get(isoWeek(r.day));
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
  }
  const order = catalogue.ids();
  const formIds = [...perForm.keys()].sort(
    (a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b),
  );
  const forms = formIds.map((formId): FormWeeks => {
    const k = kFor(settings, formId);
    const group = protectGroup(perForm.get(formId) ?? [], k, options);
    return {
      formId,
      title: formTitle(catalogue, formId),
      k,
      total: group.total,
      weeks: group.cells,
    };
  });
  return {
    weeks,
    weekStarts: weeks.map(weekOfIsoStart),
    forms,
    events: eventsHeld(dataset, rows, events, filters),
    attendance: attendanceTotals(rows, context, weeks, options),
  };
}
