import { refreshConfig } from '../device/config-refresh';
import { getDeviceCredentials } from '../storage/device-store';
import {
  defaultSyncDeps,
  getSyncStatus,
  nextWakeAt,
  outboxSummary,
  runSync,
  type OutboxSummary,
  type SyncOutcome,
  type SyncStatus,
} from '../sync';

// The page's side of sync (design §7): the triggers (start, online, back to the tab, after a
// submit, a timer while online, "Send now") and the state screens show. The engine itself
// is DOM-free and shared with the service worker's Background Sync, which is only a bonus.

export interface SyncView {
  running: boolean;
  progress: { sent: number; total: number } | undefined;
  status: SyncStatus;
  summary: OutboxSummary;
  outcome: SyncOutcome | undefined;
}

const BACKGROUND_SYNC_TAG = 'hearth-sync'; // same tag as sw/background-sync.ts
/** While online with nothing scheduled, look again this often (also picks up config). */
const IDLE_CHECK_MS = 60_000;

const deps = defaultSyncDeps(async () => (await getDeviceCredentials())?.token);
const listeners = new Set<(view: SyncView) => void>();
let view: SyncView | undefined;
let running = false;
let progress: SyncView['progress'];
let outcome: SyncOutcome | undefined;
let timer = 0;
let started = false;

async function publish(): Promise<void> {
  const [status, summary] = await Promise.all([getSyncStatus(), outboxSummary()]);
  view = { running, progress, status, summary, outcome };
  listeners.forEach((fn) => fn(view!));
}

/** Progress only: no storage reads while batches are going out. */
function publishProgress(): void {
  if (!view) return;
  view = { ...view, running, progress };
  listeners.forEach((fn) => fn(view!));
}

function registerBackgroundSync(): void {
  // Chromium only; every other trigger works without it.
  void navigator.serviceWorker?.ready
    .then((reg) =>
      (
        reg as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }
      ).sync?.register(BACKGROUND_SYNC_TAG),
    )
    .catch(() => undefined);
}

async function scheduleNext(): Promise<void> {
  window.clearTimeout(timer);
  const at = await nextWakeAt();
  const delay =
    at === undefined ? IDLE_CHECK_MS : Math.min(Math.max(at - Date.now(), 1000), IDLE_CHECK_MS);
  timer = window.setTimeout(() => {
    if (navigator.onLine) void sync(false);
    else void scheduleNext();
  }, delay);
}

async function sync(force: boolean): Promise<SyncOutcome | undefined> {
  if (running) return undefined;
  running = true;
  progress = undefined;
  await publish();
  try {
    outcome = await runSync(deps, {
      force,
      onProgress: (p) => {
        progress = p;
        publishProgress();
      },
    });
    if (outcome.kind === 'retry-later') registerBackgroundSync();
    if (outcome.kind === 'sent' || outcome.kind === 'nothing-to-send') {
      // Forms and helplines change rarely; checking after a good sync is cheap (ETag/304).
      await refreshConfig().catch(() => undefined);
    }
    return outcome;
  } finally {
    running = false;
    progress = undefined;
    await publish();
    await scheduleNext();
  }
}

/** Install the triggers once per page. */
export function startSyncTriggers(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void sync(false));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void sync(false);
  });
  void sync(false);
}

/** After a submit: try now, and let Background Sync try later if the page goes away. */
export function requestSync(): void {
  registerBackgroundSync();
  void sync(false);
}

/** "Send now": ignores the backoff schedule (never the server's Retry-After). */
export function syncNow(): Promise<SyncOutcome | undefined> {
  return sync(true);
}

export function subscribeSync(fn: (view: SyncView) => void): () => void {
  listeners.add(fn);
  if (view) fn(view);
  else void publish();
  startSyncTriggers();
  return () => listeners.delete(fn);
}
