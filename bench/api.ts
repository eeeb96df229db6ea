// Node-side plumbing for the server benches (ingest.ts, sync.ts): a real server process with
// a fresh data dir and a set-up partnership, devices enrolled over the real API, and batches
// POSTed over loopback HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BatchResponse, EnrolResponse } from '../protocol/api';
import type { SealedRecord } from '../protocol/sealed-record';
import { startServer, type RunningServer } from '../tests/e2e/support/server';
import { setUpPartnership, type CoordinatorClient } from '../tests/support/coordinator-api';
import type { TestPartnership } from '../tests/support/partnership';

export const BATCH = 500; // the protocol's maximum (MAX_BATCH_RECORDS), what the app sends

export interface BenchServer {
  server: RunningServer;
  coord: CoordinatorClient;
  stop(): Promise<void>;
}

/**
 * The built app on a fresh server, set up for `partnership`. The data dir is on the same
 * disk as the raw SQLite reference (tmpdir, ext4 here, not tmpfs: fsync must cost something).
 */
export async function benchServer(
  distDir: string,
  partnership: TestPartnership,
): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-bench-data-'));
  const server = await startServer({ port: 0, dataDir, distDir });
  try {
    const coord = await setUpPartnership(server.url, partnership);
    return {
      server,
      coord,
      async stop() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

/** A device enrolled straight over the API (no browser): its bearer token. */
export async function enrolDevice(bench: BenchServer, name: string): Promise<string> {
  const { code } = await bench.coord.createEnrolmentCode();
  const res = await fetch(`${bench.server.url}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name }),
  });
  if (res.status !== 201) throw new Error(`enrol: ${res.status} ${await res.text()}`);
  return ((await res.json()) as EnrolResponse).token;
}

/** The request body the app's sync engine sends (src/sync/batch-client.ts). */
export function batchBody(records: readonly SealedRecord[]): string {
  return JSON.stringify({ batchId: crypto.randomUUID(), records });
}

/** `records` in batches of BATCH, in order. */
export function inBatches<T>(records: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < records.length; i += BATCH) out.push(records.slice(i, i + BATCH));
  return out;
}

/**
 * POSTs one batch and checks the answer: a 200 with `stored` for every record (anything
 * else, a 429 included, means the figure would not be what it claims: the bench fails).
 */
export async function postBatch(origin: string, token: string, body: string): Promise<number> {
  const res = await fetch(`${origin}/api/v1/batches`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`batch: HTTP ${res.status} ${text.slice(0, 300)}`);
  const { results } = JSON.parse(text) as BatchResponse;
  const notStored = results.filter((r) => r.status !== 'stored');
  if (notStored.length) throw new Error(`batch: ${notStored.length} records not "stored"`);
  return results.length;
}

/** Same ids, each once: what "exactly the sent set is stored" means. */
export function sameSet(stored: readonly { id: string }[], sent: readonly { id: string }[]) {
  const want = new Set(sent.map((r) => r.id));
  const got = new Set(stored.map((r) => r.id));
  return (
    stored.length === want.size && got.size === want.size && [...got].every((id) => want.has(id))
  );
}
