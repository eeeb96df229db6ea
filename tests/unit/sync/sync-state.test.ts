import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { kv } from '../../../src/storage/kv';
import {
  clearSyncStop,
  getSyncStatus,
  resetSyncStatus,
  setSyncStatus,
} from '../../../src/storage/sync-state';

beforeEach(resetSyncStatus);

describe('persisted sync status', () => {
  it('reads as {} before any sync', async () => {
    expect(await getSyncStatus()).toEqual({});
  });

  it('round-trips, validated', async () => {
    const status = {
      lastSuccessAt: 1,
      lastAttemptAt: 2,
      lastError: 'x',
      retryAt: 3,
      notBefore: 3,
      failures: 2,
      stopped: 'revoked' as const,
    };
    await setSyncStatus(status);
    expect(await getSyncStatus()).toEqual(status);
    await expect(setSyncStatus({ failures: -1 })).rejects.toThrow();
  });

  it('treats a corrupt row as absent, never trusting it', async () => {
    for (const bad of ['nonsense', 42, null, { stopped: 'maybe' }, { lastSuccessAt: 'today' }]) {
      await set('syncStatus', bad, kv());
      expect(await getSyncStatus()).toEqual({});
    }
  });

  it('clearSyncStop forgets a stop and any backoff, keeping when it last worked', async () => {
    await setSyncStatus({
      lastSuccessAt: 10,
      lastAttemptAt: 20,
      lastError: 'revoked',
      stopped: 'revoked',
      retryAt: 30,
      notBefore: 30,
      failures: 4,
    });
    await clearSyncStop();
    expect(await getSyncStatus()).toEqual({ lastSuccessAt: 10, lastAttemptAt: 20 });
  });
});
