// One sync at a time across tabs and the service worker (design §7): the Web Locks API
// where the runtime has it, an in-process mutex where it does not.

export const SYNC_LOCK_NAME = 'hearth-sync';

/**
 * The part of the Web Locks `LockManager` sync uses: `request(name, { ifAvailable: true },
 * cb)` calls `cb(lock)` while holding the lock, or `cb(null)` at once when someone else
 * holds it. `navigator.locks` fits as it is; tests inject their own.
 */
export interface SyncLockManager {
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/**
 * A LockManager for one JavaScript realm (no Web Locks: old Safari, Node). It only
 * excludes runs in the same tab or worker; different tabs are then not excluded from each
 * other, which sync tolerates (the server is idempotent per record), just less efficiently.
 */
export function createLocalLockManager(): SyncLockManager {
  const held = new Set<string>();
  return {
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

let fallback: SyncLockManager | undefined;

/** `navigator.locks` when present (page or service worker), else one shared local mutex. */
export function defaultLockManager(): SyncLockManager {
  const locks = (globalThis as { navigator?: { locks?: SyncLockManager } }).navigator?.locks;
  if (locks) return locks;
  fallback ??= createLocalLockManager();
  return fallback;
}

/** Run `task` holding the sync lock, or return `busy()` if another run holds it. */
export function withSyncLock<T>(
  locks: SyncLockManager,
  task: () => Promise<T>,
  busy: () => T,
): Promise<T> {
  return locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, (lock) =>
    lock ? task() : Promise.resolve(busy()),
  );
}
