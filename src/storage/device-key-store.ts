import { del, get, update } from 'idb-keyval';
import { generateDeviceKey, isDeviceKey } from '../crypto/device-key';
import { kv } from './kv';

// Where the device-local draft key rests: the CryptoKey object itself, in the device's kv
// store. Structured clone keeps a non-extractable key non-extractable, so the key bytes never
// exist anywhere our code (or anyone inspecting IndexedDB) can read them.

const KEY = 'draftKey';

/** The stored device key, or undefined when there is none (or the row is not a valid key). */
export async function readDeviceKey(): Promise<CryptoKey | undefined> {
  const value: unknown = await get(KEY, kv());
  return isDeviceKey(value) ? value : undefined;
}

/**
 * Stores `candidate` unless a valid key is already stored, in ONE readwrite transaction
 * (IndexedDB serialises those across tabs), and returns the key that is stored afterwards:
 * the existing one if another tab won the race, else `candidate`.
 */
export async function addDeviceKeyIfAbsent(candidate: CryptoKey): Promise<CryptoKey> {
  if (!isDeviceKey(candidate)) throw new Error('Not a device key');
  let kept: CryptoKey = candidate;
  await update(
    KEY,
    (stored: unknown) => {
      kept = isDeviceKey(stored) ? stored : candidate;
      return kept;
    },
    kv(),
  );
  return kept;
}

// One creation in flight per tab; other tabs are reconciled by `addDeviceKeyIfAbsent`.
let pending: Promise<CryptoKey> | undefined;

/**
 * The device key, created on first use. Not cached beyond one call: every call reads
 * IndexedDB, so a key forgotten by another tab is never used to seal a new draft here.
 */
export function getDeviceKey(): Promise<CryptoKey> {
  pending ??= loadOrCreate().finally(() => {
    pending = undefined;
  });
  return pending;
}

async function loadOrCreate(): Promise<CryptoKey> {
  const existing = await readDeviceKey();
  if (existing) return existing;
  // Generating is async WebCrypto, so it cannot run inside the IndexedDB transaction:
  // create first, then add-if-absent so two tabs racing here end up with the same key.
  return addDeviceKeyIfAbsent(await generateDeviceKey());
}

/**
 * Deletes the device key. Every draft sealed under it becomes unreadable for good: call this
 * only when staff wipe drafts (and delete the draft rows too).
 */
export function forgetDeviceKey(): Promise<void> {
  return del(KEY, kv());
}
