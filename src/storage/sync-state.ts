import { del, get, set } from 'idb-keyval';
import * as z from 'zod/mini';
import { kv } from './kv';

// The device's sync status: what staff screens show ("last sent", "trying again at") and
// what the sync engine needs across runs, tabs and the service worker. Written only by
// src/sync while it holds the sync lock; validated on every read (a corrupt row reads as {}).

const KEY = 'syncStatus';

const Time = z.number().check(z.nonnegative());

export const SyncStatus = z.object({
  /** When a batch was last acknowledged by the server. */
  lastSuccessAt: z.optional(Time),
  /** When sync last tried to reach the server. */
  lastAttemptAt: z.optional(Time),
  /** A sentence for staff: why the last attempt failed. Cleared by a successful sync. */
  lastError: z.optional(z.string()),
  /** Next automatic attempt (backoff or `Retry-After`); "Sync now" may go earlier. */
  retryAt: z.optional(Time),
  /** The server's `Retry-After`: no attempt at all before this, not even "Sync now". */
  notBefore: z.optional(Time),
  /** Consecutive failed attempts: the backoff exponent. Reset by a successful sync. */
  failures: z.optional(z.int().check(z.nonnegative())),
  /** 401/403: no automatic attempts until re-enrolment (`clearSyncStop`) or "Sync now". */
  stopped: z.optional(z.enum(['unauthenticated', 'revoked'])),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export async function getSyncStatus(): Promise<SyncStatus> {
  const parsed = SyncStatus.safeParse(await get(KEY, kv()));
  return parsed.success ? parsed.data : {};
}

export async function setSyncStatus(status: SyncStatus): Promise<void> {
  await set(KEY, SyncStatus.parse(status), kv());
}

/**
 * Forget a stop and any backoff (keeps `lastSuccessAt`): for the enrolment flow to call once
 * new device credentials are stored, so sync resumes at once.
 */
export async function clearSyncStop(): Promise<void> {
  const { lastSuccessAt, lastAttemptAt } = await getSyncStatus();
  const next: SyncStatus = {};
  if (lastSuccessAt !== undefined) next.lastSuccessAt = lastSuccessAt;
  if (lastAttemptAt !== undefined) next.lastAttemptAt = lastAttemptAt;
  await setSyncStatus(next);
}

/** Forget everything (tests, or wiping the device). */
export function resetSyncStatus(): Promise<void> {
  return del(KEY, kv());
}
