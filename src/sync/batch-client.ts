import * as z from 'zod/mini';
import {
  ApiErrorBody,
  BatchResponse,
  ValidationIssue,
  type RecordStatus,
} from '../../protocol/api';
import type { SealedRecord } from '../../protocol/sealed-record';
import { parseRetryAfter } from './backoff';

// One `POST /api/v1/batches` round trip, turned into what sync does next. No storage, no
// clock beyond `now` for `Retry-After`: the engine decides what each answer means for the
// outbox.

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type BatchAnswer =
  /** 200: per-record statuses, only for ids that were in the batch. */
  | { kind: 'ok'; results: Map<string, RecordStatus> }
  /** Network error, timeout, 5xx, an unexpected 4xx, or a 200 that does not parse. */
  | { kind: 'failed'; message: string; retryAt?: number }
  /** 429: come back at `retryAt` (from `Retry-After`), or after a backoff without one. */
  | { kind: 'rate-limited'; message: string; retryAt?: number }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'revoked'; message: string }
  | { kind: 'too-large'; message: string }
  /** 400 invalid_batch naming records by index: those records, and the server's reason. */
  | { kind: 'invalid-records'; message: string; records: Map<number, string> };

export interface BatchRequestOptions {
  fetch: FetchLike;
  baseUrl: string;
  token: string;
  batchId: string;
  records: readonly SealedRecord[];
  now: number;
  timeoutMs: number;
  /**
   * Records still waiting in the outbox besides this batch, sent as `Hearth-Waiting` so
   * coordinators see what a tablet still holds. Advisory; omitted when unknown.
   */
  waiting?: number;
}

export const WAITING_HEADER = 'Hearth-Waiting';

export async function postBatch(opts: BatchRequestOptions): Promise<BatchAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  let res: Response;
  let body: unknown;
  try {
    res = await opts.fetch(`${opts.baseUrl.replace(/\/+$/, '')}/api/v1/batches`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${opts.token}`,
        'Content-Type': 'application/json',
        ...(opts.waiting === undefined ? {} : { [WAITING_HEADER]: String(opts.waiting) }),
      },
      body: JSON.stringify({ batchId: opts.batchId, records: opts.records }),
      signal: controller.signal,
    });
    body = await res.json().catch(() => undefined);
  } catch {
    return { kind: 'failed', message: 'The server could not be reached.' };
  } finally {
    clearTimeout(timer);
  }

  if (res.status === 200) return okAnswer(body, opts);

  const error = ApiErrorBody.safeParse(body);
  const code = error.success ? error.data.error.code : undefined;
  const serverMessage = error.success ? error.data.error.message : undefined;
  const retryAt = parseRetryAfter(res.headers.get('Retry-After'), opts.now);
  const withRetry = retryAt === undefined ? {} : { retryAt };

  // 401/403 stop sync until someone acts, so they count only when the Hearth server itself
  // says so (its JSON error); a proxy's or captive portal's 401/403 page is a transient failure.
  if (res.status === 401 && code !== undefined) {
    return { kind: 'unauthenticated', message: serverMessage ?? '' };
  }
  if (res.status === 403 && code === 'device_revoked') {
    return { kind: 'revoked', message: serverMessage ?? '' };
  }
  if (res.status === 413) return { kind: 'too-large', message: 'The batch was too large.' };
  if (res.status === 429) {
    return { kind: 'rate-limited', message: 'The server asked Hearth to wait.', ...withRetry };
  }
  if (res.status === 400 && code === 'invalid_batch' && error.success) {
    const records = invalidRecords(error.data.error.details, opts.records.length);
    if (records.size > 0) return { kind: 'invalid-records', message: serverMessage ?? '', records };
  }
  const what = res.status >= 500 ? 'had a problem' : 'refused the responses';
  return {
    kind: 'failed',
    message: `The server ${what} (HTTP ${res.status}${code ? `, ${code}` : ''}).`,
    // Retry-After is honoured on 503 (and any 5xx that sends it), as on 429.
    ...(res.status >= 500 ? withRetry : {}),
  };
}

function okAnswer(body: unknown, opts: BatchRequestOptions): BatchAnswer {
  const parsed = BatchResponse.safeParse(body);
  if (!parsed.success || parsed.data.batchId !== opts.batchId) {
    return { kind: 'failed', message: 'The server sent an answer Hearth does not understand.' };
  }
  const sent = new Set(opts.records.map((r) => r.id));
  const results = new Map<string, RecordStatus>();
  for (const { id, status } of parsed.data.results) {
    if (sent.has(id) && !results.has(id)) results.set(id, status);
  }
  return { kind: 'ok', results };
}

const Issues = z.array(ValidationIssue);
const RECORD_PATH = /^records\.(\d+)(?:\.(.*))?$/;

/**
 * Record indices named by invalid_batch `details` (`[{ path: 'records.3.ct', message }]`),
 * each with its first reason. Indices outside the batch are ignored.
 */
function invalidRecords(details: unknown, count: number): Map<number, string> {
  const out = new Map<number, string>();
  const issues = Issues.safeParse(details);
  if (!issues.success) return out;
  for (const { path, message } of issues.data) {
    const match = RECORD_PATH.exec(path);
    if (!match) continue;
    const index = Number(match[1]);
    if (index >= count || out.has(index)) continue;
    out.set(index, match[2] ? `${match[2]}: ${message}` : message);
  }
  return out;
}
