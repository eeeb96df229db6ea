import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/storage/db';
import { runSync, type SyncLockManager } from '../../../src/sync';
import { createLocalLockManager, defaultLockManager, SYNC_LOCK_NAME } from '../../../src/sync/lock';
import { clock, deps, FakeServer, queue, resetDevice } from './helpers';

beforeEach(resetDevice);
afterEach(() => vi.unstubAllGlobals());

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** A server whose first answer waits until the test releases it. */
function slowServer(gate: Promise<void>): FakeServer {
  const server = new FakeServer();
  server.script.push({
    kind: 'handle',
    fn: async (req) => {
      await gate;
      const results = req.records.map((r) => ({ id: r.id, status: server.store(r) }));
      return Response.json({ batchId: req.batchId, results });
    },
  });
  return server;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(condition()).toBe(true);
}

describe('one sync at a time', () => {
  it('a second concurrent run is busy, and no record is sent twice', async () => {
    const ids = await queue(10);
    const gate = deferred();
    const server = slowServer(gate.promise);
    const d = deps(server, clock()); // both runs share one lock manager

    const first = runSync(d);
    await until(() => server.requests.length === 1);
    expect(await runSync(d)).toEqual({ kind: 'busy' });
    expect(await runSync(d, { force: true })).toEqual({ kind: 'busy' });
    gate.release();

    expect(await first).toMatchObject({ kind: 'sent', stored: 10 });
    expect(server.sentIds().sort()).toEqual([...ids].sort());
    expect(await db().outbox.count()).toBe(0);
    // The lock is free again.
    expect(await runSync(d)).toEqual({ kind: 'nothing-to-send' });
  });

  it("asks the Web Locks API for 'hearth-sync' with ifAvailable", async () => {
    await queue(1);
    const calls: { name: string; options: unknown }[] = [];
    const inner = createLocalLockManager();
    const locks: SyncLockManager = {
      request(name, options, callback) {
        calls.push({ name, options });
        return inner.request(name, options, callback);
      },
    };
    await runSync(deps(new FakeServer(), clock(), { locks }));
    expect(calls).toEqual([{ name: SYNC_LOCK_NAME, options: { ifAvailable: true } }]);
    expect(SYNC_LOCK_NAME).toBe('hearth-sync');
  });

  it('the local mutex releases the lock when a run throws', async () => {
    const locks = createLocalLockManager();
    await expect(
      locks.request('x', { ifAvailable: true }, () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(
      await locks.request('x', { ifAvailable: true }, (lock) => Promise.resolve(lock)),
    ).not.toBe(null);
  });

  it('uses navigator.locks where it exists', () => {
    const locks = createLocalLockManager();
    vi.stubGlobal('navigator', { locks });
    expect(defaultLockManager()).toBe(locks);
  });

  it('falls back to one shared in-process mutex without navigator.locks', async () => {
    vi.stubGlobal('navigator', {});
    const shared = defaultLockManager();
    expect(defaultLockManager()).toBe(shared);

    await queue(3);
    const gate = deferred();
    const server = slowServer(gate.promise);
    // Two "callers" that each build their own deps still exclude each other.
    const first = runSync(deps(server, clock(), { locks: defaultLockManager() }));
    await until(() => server.requests.length === 1);
    expect(await runSync(deps(server, clock(), { locks: defaultLockManager() }))).toEqual({
      kind: 'busy',
    });
    gate.release();
    expect(await first).toMatchObject({ kind: 'sent', stored: 3 });
  });
});
