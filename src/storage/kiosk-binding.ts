import { del, get, set } from 'idb-keyval';
import { kv } from './kv';

// Which event a kiosk was started for, so its responses carry that event's id. An event id
// is not about a person; the binding is cleared when staff start the kiosk without one.

export async function getKioskEvent(): Promise<string | undefined> {
  const value: unknown = await get('kioskEvent', kv());
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function setKioskEvent(eventId: string | undefined): Promise<void> {
  return eventId === undefined ? del('kioskEvent', kv()) : set('kioskEvent', eventId, kv());
}
