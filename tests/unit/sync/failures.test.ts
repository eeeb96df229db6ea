import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/storage/db';
import { clearSyncStop, getSyncStatus } from '../../../src/storage/sync-state';
import { nextWakeAt, runSync, type SyncOutcome } from '../../../src/sync';
import { BACKOFF_CAP_MS } from '../../../src/sync/backoff';
import { clock, deps, errorBody, FakeServer, queue, resetDevice, rowsByState } from './helpers';

beforeEach(resetDevice);

function retryAt(outcome: SyncOutcome): number {
  if (outcome.kind !== 'retry-later') throw new Error(`expected retry-later, got ${outcome.kind}`);
  return outcome.retryAt;
}

describe('runSync: backoff on network errors and 5xx', () => {
  it('waits longer after each failure, with jitter, capped at 5 minutes', async () => {
    const ids = await queue(3);
    const server = new FakeServer();
    const c = clock();
    const jitter = [0, 0.999, 0.25, 0.75, 0.5, 0.1, 0.9, 0.6, 0.4, 0, 0.999, 0.3, 0.8, 0.2];
    let draw = 0;
    const d = deps(server, c, { random: () => jitter[draw++ % jitter.length]! });
    const delays: number[] = [];

    for (let n = 1; n <= jitter.length; n++) {
      server.script.push(
        n % 2 === 1
          ? { kind: 'network' }
          : { kind: 'reply', status: 500, body: errorBody('internal', 'Something went wrong.') },
      );
      const at = retryAt(await runSync(d));
      const delay = at - c.t;
      delays.push(delay);
      const ceiling = Math.min(BACKOFF_CAP_MS, 2000 * 2 ** (n - 1));
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);

      // Before retryAt an automatic run does not even try.
      c.t = at - 1;
      expect(await runSync(d)).toMatchObject({ kind: 'retry-later', retryAt: at });
      expect(server.requests).toHaveLength(n);
      expect(await nextWakeAt()).toBe(at);
      c.t = at;
    }

    // Each ceiling is the next one's floor, so delays never shrink while below the cap
    // (attempts 1–8: ceilings 2 s … 256 s); from there on they jitter within [150 s, 300 s].
    for (let i = 1; i < 8; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(delays.at(-1)).toBeGreaterThanOrEqual(BACKOFF_CAP_MS / 2);
    expect(new Set(delays.slice(-5)).size).toBeGreaterThan(1); // jitter, even at the cap
    const rows = await db().outbox.toArray();
    expect(rows.map((r) => r.attempts)).toEqual([14, 14, 14]);
    expect(await getSyncStatus()).toMatchObject({
      failures: 14,
      lastError: 'The server had a problem (HTTP 500, internal).',
    });

    // Recovery: everything goes, and the failure count and error are forgotten.
    const ok = await runSync(d);
    expect(ok).toMatchObject({ kind: 'sent', stored: 3 });
    expect(server.stored.size).toBe(ids.length);
    expect(await getSyncStatus()).toEqual({ lastAttemptAt: c.t, lastSuccessAt: c.t });
  });

  it('"Sync now" (force) ignores the backoff schedule', async () => {
    await queue(2);
    const server = new FakeServer();
    server.script.push({ kind: 'reply', status: 502, body: 'Bad gateway' });
    const c = clock();

    retryAt(await runSync(deps(server, c)));
    const forced = await runSync(deps(server, c), { force: true });

    expect(forced).toMatchObject({ kind: 'sent', stored: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('a 200 that does not parse, or answers another batch, is no acknowledgement', async () => {
    await queue(2);
    const server = new FakeServer();
    server.script.push(
      { kind: 'reply', status: 200, body: { batchId: 'x', results: 'nope' } },
      {
        kind: 'handle',
        fn: (req) =>
          Response.json({
            batchId: '7c1a1c2e-7a51-4c55-9d1c-6b9b5f0c1a11',
            results: req.records.map((r) => ({ id: r.id, status: 'stored' })),
          }),
      },
    );
    const c = clock();

    const first = await runSync(deps(server, c));
    expect(first).toMatchObject({ error: 'The server sent an answer Hearth does not understand.' });
    c.t = retryAt(first);
    retryAt(await runSync(deps(server, c)));
    expect(await rowsByState('queued')).toHaveLength(2);
  });
});

describe('runSync: the server asks to wait', () => {
  it('429 Retry-After (seconds) is honoured, even by "Sync now"', async () => {
    await queue(2);
    const server = new FakeServer();
    server.script.push({
      kind: 'reply',
      status: 429,
      body: errorBody('rate_limited', 'Slow down.'),
      headers: { 'Retry-After': '120' },
    });
    const c = clock();
    const start = c.t;

    const first = await runSync(deps(server, c));
    expect(first).toEqual({
      kind: 'retry-later',
      retryAt: start + 120_000,
      error: 'The server asked Hearth to wait.',
    });
    // A 429 says nothing about the records: their attempts are untouched.
    expect((await db().outbox.toArray()).map((r) => r.attempts)).toEqual([0, 0]);

    c.t = start + 119_999;
    expect(await runSync(deps(server, c), { force: true })).toMatchObject({
      kind: 'retry-later',
      retryAt: start + 120_000,
    });
    expect(server.requests).toHaveLength(1);

    c.t = start + 120_000;
    expect(await runSync(deps(server, c))).toMatchObject({ kind: 'sent', stored: 2 });
  });

  it('503 with an HTTP-date Retry-After is honoured', async () => {
    await queue(1);
    const server = new FakeServer();
    const c = clock();
    const until = c.t + 30_000;
    server.script.push({
      kind: 'reply',
      status: 503,
      body: errorBody('unavailable'),
      headers: { 'Retry-After': new Date(until).toUTCString() },
    });

    expect(retryAt(await runSync(deps(server, c)))).toBe(until);
    expect(retryAt(await runSync(deps(server, c), { force: true }))).toBe(until);
    expect(server.requests).toHaveLength(1);
  });

  it('429 without Retry-After backs off, and "Sync now" respects that too', async () => {
    await queue(1);
    const server = new FakeServer();
    server.script.push({ kind: 'reply', status: 429, body: errorBody('rate_limited') });
    const c = clock();

    const at = retryAt(await runSync(deps(server, c)));
    expect(at - c.t).toBe(1500); // first backoff, random 0.5: 1 s + 0.5 × 1 s
    expect(retryAt(await runSync(deps(server, c), { force: true }))).toBe(at);
  });
});

describe('runSync: 401 and 403 stop sync, keeping every record', () => {
  it.each([
    [401, 'unauthenticated', 'unauthenticated'],
    [403, 'device_revoked', 'revoked'],
  ] as const)('%i %s → stopped (%s)', async (status, code, reason) => {
    const ids = await queue(3);
    const server = new FakeServer();
    server.script.push({ kind: 'reply', status, body: errorBody(code, 'No.') });
    const c = clock();

    expect(await runSync(deps(server, c))).toEqual({ kind: 'stopped', reason });
    const rows = await db().outbox.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(rows.every((r) => r.state === 'queued' && r.attempts === 0)).toBe(true);
    expect(await getSyncStatus()).toMatchObject({ stopped: reason, lastAttemptAt: c.t });
    expect(await nextWakeAt()).toBeUndefined();

    // No automatic attempt while stopped.
    c.t += 3_600_000;
    expect(await runSync(deps(server, c))).toEqual({ kind: 'stopped', reason });
    expect(server.requests).toHaveLength(1);

    // Re-enrolment clears the stop; a successful sync forgets it entirely.
    await clearSyncStop();
    expect(await runSync(deps(server, c))).toMatchObject({ kind: 'sent', stored: 3 });
    const after = await getSyncStatus();
    expect(after.stopped).toBeUndefined();
    expect(after.lastError).toBeUndefined();
  });

  it('"Sync now" tries again while stopped', async () => {
    await queue(1);
    const server = new FakeServer();
    server.script.push(
      { kind: 'reply', status: 403, body: errorBody('device_revoked') },
      { kind: 'reply', status: 403, body: errorBody('device_revoked') },
    );
    const c = clock();
    await runSync(deps(server, c));
    expect(await runSync(deps(server, c), { force: true })).toEqual({
      kind: 'stopped',
      reason: 'revoked',
    });
    expect(server.requests).toHaveLength(2);
    expect(await runSync(deps(server, c), { force: true })).toMatchObject({ kind: 'sent' });
  });

  it("a 401/403 page that is not the Hearth server's own answer only backs off", async () => {
    await queue(1);
    const server = new FakeServer();
    server.script.push(
      { kind: 'reply', status: 401, body: '<html>Sign in to the Wi-Fi</html>' },
      { kind: 'reply', status: 403, body: errorBody('forbidden') },
    );
    const c = clock();
    c.t = retryAt(await runSync(deps(server, c)));
    retryAt(await runSync(deps(server, c)));
    expect((await getSyncStatus()).stopped).toBeUndefined();
  });

  it('a device that is not enrolled sends nothing and keeps its records', async () => {
    await queue(2);
    const server = new FakeServer();
    const d = deps(server, clock(), { getToken: () => Promise.resolve(undefined) });
    expect(await runSync(d)).toEqual({ kind: 'stopped', reason: 'not-enrolled' });
    expect(server.requests).toHaveLength(0);
    expect(await rowsByState('queued')).toHaveLength(2);
  });
});
