import type { BatchResponse } from '../../../protocol/api';
import { localDay } from '../../../protocol/day';
import type { ResponsePlaintext } from '../../../protocol/response';
import type { SealedRecord } from '../../../protocol/sealed-record';
import { createSubmitter, type Submitter } from '../../../src/forms/submit';
import { db } from '../../../src/storage/db';
import { resetSyncStatus } from '../../../src/storage/sync-state';
import type { SyncDeps } from '../../../src/sync';
import { createLocalLockManager } from '../../../src/sync/lock';
import { createTestPartnership, type TestPartnership } from '../../support/partnership';

// Shared by the sync tests: real sealed records (real crypto, fake-indexeddb), a scripted
// fake server behind a fake fetch, and a clock the test moves by hand.

export function response(i: number): ResponsePlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: i % 2 === 0 ? 'survivor-feedback' : 'event-feedback',
    formVersion: 1,
    locale: 'en',
    day: localDay(),
    mode: 'kiosk',
    answers: { listened: 5, improve: `answer ${i}` },
  };
}

let partnership: TestPartnership | undefined;
let submitter: Submitter | undefined;

export async function testPartnership(): Promise<TestPartnership> {
  partnership ??= await createTestPartnership();
  return partnership;
}

/** Submit `n` real responses: sealed with the partnership key and queued in the outbox. */
export async function queue(n: number): Promise<string[]> {
  submitter ??= createSubmitter((await testPartnership()).encryption.publicKeyRaw);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await submitter.submit(response(i)));
  return ids;
}

export async function resetDevice(): Promise<void> {
  await db().outbox.clear();
  await resetSyncStatus();
}

export const outboxIds = async () => (await db().outbox.toArray()).map((r) => r.id).sort();
export const rowsByState = async (state: string) =>
  db().outbox.where('state').equals(state).toArray();

/** What the fake server does with one request; `undefined` means "behave like the server". */
export type Step =
  | { kind: 'network' } // the request never arrives
  | { kind: 'store-then-drop' } // stored and committed, but the answer is lost
  | { kind: 'partial'; answer: number } // stores and answers only the first `answer`
  | { kind: 'reply'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'handle'; fn: (req: SeenRequest) => Response | Promise<Response> };

export interface SeenRequest {
  url: string;
  authorization: string | null;
  /** The Hearth-Waiting header as sent. */
  waiting: string | null;
  batchId: string;
  records: SealedRecord[];
}

export const errorBody = (code: string, message = code, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** A scripted stand-in for `POST /api/v1/batches`, idempotent per record like the real one. */
export class FakeServer {
  readonly stored = new Map<string, string>();
  /** How many times each id was stored (must never exceed 1). */
  readonly storeCount = new Map<string, number>();
  readonly requests: SeenRequest[] = [];
  readonly script: (Step | undefined)[] = [];
  /** Refuse batches above this many records with 413. */
  maxRecords = Infinity;

  fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init.body)) as { batchId: string; records: SealedRecord[] };
    const headers = new Headers(init.headers);
    const req: SeenRequest = {
      url,
      authorization: headers.get('Authorization'),
      waiting: headers.get('Hearth-Waiting'),
      batchId: body.batchId,
      records: body.records,
    };
    this.requests.push(req);
    const step = this.script.shift();
    if (step?.kind === 'network') throw new TypeError('Failed to fetch');
    if (step?.kind === 'reply') {
      const text = step.body === undefined ? '' : JSON.stringify(step.body);
      return new Response(text, { status: step.status, headers: step.headers ?? {} });
    }
    if (step?.kind === 'handle') return step.fn(req);
    if (req.records.length > this.maxRecords) {
      return Response.json(errorBody('too_large'), { status: 413 });
    }
    const take = step?.kind === 'partial' ? step.answer : req.records.length;
    const results = req.records.slice(0, take).map((r) => ({ id: r.id, status: this.store(r) }));
    if (step?.kind === 'store-then-drop') throw new TypeError('Network connection lost');
    const answer: BatchResponse = { batchId: req.batchId, results };
    return Response.json(answer);
  };

  store(record: SealedRecord): 'stored' | 'duplicate' | 'conflict' {
    const text = JSON.stringify(record);
    const existing = this.stored.get(record.id);
    if (existing === undefined) {
      this.stored.set(record.id, text);
      this.storeCount.set(record.id, (this.storeCount.get(record.id) ?? 0) + 1);
      return 'stored';
    }
    return existing === text ? 'duplicate' : 'conflict';
  }

  /** Every id sent in any request, in order, with repeats. */
  sentIds(): string[] {
    return this.requests.flatMap((r) => r.records.map((x) => x.id));
  }
}

export interface TestClock {
  t: number;
  now: () => number;
}

export function clock(start = Date.UTC(2026, 2, 1, 9, 0, 0)): TestClock {
  const c: TestClock = { t: start, now: () => c.t };
  return c;
}

export function deps(
  server: { fetch: SyncDeps['fetch'] },
  c: TestClock,
  overrides: Partial<SyncDeps> = {},
): SyncDeps {
  return {
    fetch: server.fetch,
    baseUrl: 'https://hearth.example',
    getToken: () => Promise.resolve('device-token-1'),
    now: c.now,
    random: () => 0.5,
    locks: createLocalLockManager(),
    ...overrides,
  };
}
