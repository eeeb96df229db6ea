import { del, get, set } from 'idb-keyval';
import { kv } from './kv';

// Kept apart from device-store (and free of zod) because every route reads it before first
// paint. `kiosk`: staff screens need the PIN. `cover`: only the PIN leaves the cover screen.
export type Lock = 'kiosk' | 'cover';

export async function getLock(): Promise<Lock | undefined> {
  const value: unknown = await get('lock', kv());
  return value === 'kiosk' || value === 'cover' ? value : undefined;
}

export function setLock(value: Lock | undefined): Promise<void> {
  return value === undefined ? del('lock', kv()) : set('lock', value, kv());
}
