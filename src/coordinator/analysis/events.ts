import type { PartnershipEvent } from '../../../protocol/config';
import type { DeviceEventRow } from './types';

// Events known to the coordinator: those published in the config and those created on a
// tablet (sealed records of kind 'event'). Responses name an event by id only; its area and
// type come from here.

export interface KnownEvent extends PartnershipEvent {
  source: 'config' | 'device';
}

export type EventIndex = ReadonlyMap<string, KnownEvent>;

export function eventIndex(
  configEvents: readonly PartnershipEvent[],
  deviceEvents: readonly DeviceEventRow[],
): EventIndex {
  const index = new Map<string, KnownEvent>();
  // Oldest device record first, so a later record of the same event (edited) wins; a
  // published event wins over a device's copy of it.
  const bySeq = [...deviceEvents].sort((a, b) => a.seq - b.seq);
  for (const row of bySeq) index.set(row.event.id, { ...row.event, source: 'device' });
  for (const event of configEvents) index.set(event.id, { ...event, source: 'config' });
  return index;
}

/** The area of a response's event ('' when it has none or the event is unknown). */
export function areaOf(events: EventIndex, eventId: string | undefined): string {
  return eventId === undefined ? '' : (events.get(eventId)?.area.trim() ?? '');
}
