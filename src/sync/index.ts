// The sync engine's public surface, for the page (triggers, "Sync now", status screens)
// and the service worker (Background Sync). DOM-free.
export { backoffDelay, parseRetryAfter, BACKOFF_CAP_MS } from './backoff';
export {
  defaultSyncDeps,
  runSync,
  type SyncDeps,
  type SyncOptions,
  type SyncOutcome,
} from './engine';
export {
  createLocalLockManager,
  defaultLockManager,
  SYNC_LOCK_NAME,
  type SyncLockManager,
} from './lock';
export { nextWakeAt } from './status';
export { clearSyncStop, getSyncStatus, type SyncStatus } from '../storage/sync-state';
export { outboxSummary, type OutboxSummary } from '../storage/outbox';
