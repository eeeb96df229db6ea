import { PartnershipEvent } from '../../../protocol/config';
import type { Form } from '../../../protocol/form';
import type { FieldIssue } from '../ui/issues';

// Published events as a coordinator edits them: ids made from names, what the form holds,
// and the checks of the PartnershipEvent schema said per field.

export type EventField = 'name' | 'day' | 'area' | 'type' | 'organisations';
const FIELDS: readonly EventField[] = ['name', 'day', 'area', 'type', 'organisations'];

const MESSAGES: Record<EventField, string> = {
  name: 'Enter the event’s name (up to 200 characters)',
  day: 'Enter the day of the event',
  area: 'The area must be 200 characters or fewer',
  type: 'Choose the kind of event',
  organisations: 'Each organisation’s name must be 200 characters or fewer',
};

const MAX_ID = 64;

/** A slug for an event id: lower case a–z, 0–9 and dashes, from the event's name. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Café" → "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return slug === '' ? 'event' : slug;
}

/** slugify(name), with -2, -3 … added when an event already has that id. */
export function uniqueEventId(name: string, taken: readonly string[]): string {
  const base = slugify(name);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** What the event form holds: organisations as typed, one per line. */
export interface EventInput {
  name: string;
  day: string;
  area: string;
  type: string;
  organisations: string;
}

export function eventFieldId(field: EventField): string {
  return `event-${field}`;
}

export function toInput(event: PartnershipEvent): EventInput {
  const { name, day, area, type } = event;
  return { name, day, area, type, organisations: event.organisations.join('\n') };
}

/** The event the form describes (not yet checked), with `id` kept or newly made. */
export function fromInput(input: EventInput, id: string): PartnershipEvent {
  return {
    id,
    name: input.name.trim(),
    day: input.day,
    area: input.area.trim(),
    type: input.type,
    organisations: input.organisations
      .split('\n')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
  };
}

/** Problems with an event, by field, linked to the form's inputs. */
export function eventIssues(event: PartnershipEvent): FieldIssue[] {
  const result = PartnershipEvent.safeParse(event);
  if (result.success) return [];
  const fields = new Set(result.error.issues.map((i) => i.path[0]));
  return FIELDS.filter((f) => fields.has(f)).map((field) => ({
    targetId: eventFieldId(field),
    message: MESSAGES[field],
  }));
}

/** Events by day, then name: how a coordinator looks for one. */
export function sortEvents(events: readonly PartnershipEvent[]): PartnershipEvent[] {
  return [...events].sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
}

/** `events` with `event` in place of the one with its id, or added. */
export function putEvent(
  events: readonly PartnershipEvent[],
  event: PartnershipEvent,
): PartnershipEvent[] {
  return events.some((e) => e.id === event.id)
    ? events.map((e) => (e.id === event.id ? event : e))
    : [...events, event];
}

export interface EventType {
  value: string;
  label: string;
}

/**
 * Kinds of event: the attendance form's own choices, so event records and attendance sheets
 * group the same way; a type already in use but not among them is kept as it is.
 */
export function eventTypes(attendance: Form | undefined, current?: string): EventType[] {
  const question = attendance?.questions.find((q) => q.id === 'event_type');
  const types =
    question?.type === 'choice'
      ? question.options.map((o) => ({ value: o.value, label: o.label.en }))
      : [{ value: 'other', label: 'Other' }];
  if (current && !types.some((t) => t.value === current)) {
    types.push({ value: current, label: current });
  }
  return types;
}
