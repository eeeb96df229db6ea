/// <reference lib="webworker" />
import { getDeviceCredentials } from '../src/storage/device-store';
import { defaultSyncDeps, runSync } from '../src/sync';

declare const self: ServiceWorkerGlobalScope;

/** Background Sync is not in TypeScript's WebWorker lib (Chromium-only API). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

export const BACKGROUND_SYNC_TAG = 'hearth-sync';

/**
 * Where the browser has Background Sync (Chromium), it wakes the worker when the network
 * returns, even with the app closed. Rejecting asks the browser to try again later; nothing
 * depends on this: the page runs the same engine on its own triggers.
 */
export function listenForBackgroundSync(): void {
  self.addEventListener('sync', (event) => {
    const e = event as SyncEvent;
    if (e.tag !== BACKGROUND_SYNC_TAG) return;
    e.waitUntil(
      (async () => {
        const deps = defaultSyncDeps(async () => (await getDeviceCredentials())?.token);
        const outcome = await runSync(deps);
        if (outcome.kind === 'retry-later') throw new Error(outcome.error);
      })(),
    );
  });
}
