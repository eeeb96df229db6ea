import { describe, expect, it } from 'vitest';
import type { SealedRecord } from '../../../protocol/sealed-record';
import { postBatch, type FetchLike } from '../../../src/sync/batch-client';
import { errorBody } from './helpers';

const BATCH = '0f8fad5b-d9cb-469f-a165-70867728950e';
const NOW = Date.UTC(2026, 2, 1, 9, 0, 0);
const record = (id: string) => ({ id }) as SealedRecord;
const RECORDS = [record('a'), record('b')];

function post(
  fetch: FetchLike,
  extra: { baseUrl?: string; timeoutMs?: number; waiting?: number } = {},
) {
  return postBatch({
    fetch,
    baseUrl: extra.baseUrl ?? '',
    token: 't0ken',
    batchId: BATCH,
    records: RECORDS,
    now: NOW,
    timeoutMs: extra.timeoutMs ?? 1_000,
    ...(extra.waiting === undefined ? {} : { waiting: extra.waiting }),
  });
}

const reply =
  (status: number, body: unknown, headers: Record<string, string> = {}): FetchLike =>
  () =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
    );

describe('postBatch', () => {
  it('posts JSON with the bearer token to <base>/api/v1/batches', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetch: FetchLike = (url, init) => {
      seen.push({ url, init });
      return Promise.resolve(Response.json({ batchId: BATCH, results: [] }));
    };
    await post(fetch, { baseUrl: 'https://x.example/' });
    await post(fetch);
    expect(seen.map((s) => s.url)).toEqual(['https://x.example/api/v1/batches', '/api/v1/batches']);
    const headers = new Headers(seen[0]!.init.headers);
    expect(headers.get('authorization')).toBe('Bearer t0ken');
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(seen[0]!.init.body))).toEqual({ batchId: BATCH, records: RECORDS });
    expect(headers.has('hearth-waiting')).toBe(false); // not known: not sent
  });

  it('sends Hearth-Waiting when the outbox count is known', async () => {
    const seen: Headers[] = [];
    const fetch: FetchLike = (_url, init) => {
      seen.push(new Headers(init.headers));
      return Promise.resolve(Response.json({ batchId: BATCH, results: [] }));
    };
    await post(fetch, { waiting: 0 });
    await post(fetch, { waiting: 1234 });
    expect(seen.map((h) => h.get('hearth-waiting'))).toEqual(['0', '1234']);
  });

  it('keeps only results for ids that were sent, first answer winning', async () => {
    const results = [
      { id: 'a', status: 'stored' },
      { id: 'zzz', status: 'stored' },
      { id: 'a', status: 'conflict' },
    ];
    const answer = await post(reply(200, { batchId: BATCH, results }));
    expect(answer).toEqual({ kind: 'ok', results: new Map([['a', 'stored']]) });
  });

  it('gives up on a request that hangs past the timeout', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await post(hang, { timeoutMs: 5 })).toEqual({
      kind: 'failed',
      message: 'The server could not be reached.',
    });
  });

  it('maps each error answer', async () => {
    const cases: [FetchLike, unknown][] = [
      [
        reply(401, errorBody('unauthenticated', 'Who?')),
        { kind: 'unauthenticated', message: 'Who?' },
      ],
      [reply(403, errorBody('device_revoked', 'Gone.')), { kind: 'revoked', message: 'Gone.' }],
      [
        reply(413, errorBody('too_large')),
        { kind: 'too-large', message: 'The batch was too large.' },
      ],
      [reply(413, 'nginx: request entity too large'), { kind: 'too-large' }],
      [
        reply(429, errorBody('rate_limited'), { 'Retry-After': '7' }),
        { kind: 'rate-limited', retryAt: NOW + 7_000 },
      ],
      [
        reply(503, 'down', { 'Retry-After': '9' }),
        { kind: 'failed', message: 'The server had a problem (HTTP 503).', retryAt: NOW + 9_000 },
      ],
      [
        reply(404, errorBody('not_found')),
        { kind: 'failed', message: 'The server refused the responses (HTTP 404, not_found).' },
      ],
      [
        reply(401, '<html>portal</html>'),
        { kind: 'failed', message: 'The server refused the responses (HTTP 401).' },
      ],
      [
        reply(400, errorBody('invalid_batch', 'Bad.', [{ path: 'records.7.ct', message: 'x' }])),
        { kind: 'failed' }, // index 7 is outside a batch of 2
      ],
      [
        reply(400, errorBody('invalid_batch', 'Bad.', [{ path: 'records.1.iv', message: 'x' }])),
        { kind: 'invalid-records', message: 'Bad.', records: new Map([[1, 'iv: x']]) },
      ],
      [
        reply(400, errorBody('invalid_json', 'Bad.', [{ path: 'records.1', message: 'x' }])),
        { kind: 'failed' },
      ],
      [reply(200, 'not json'), { kind: 'failed' }],
    ];
    for (const [fetch, expected] of cases)
      expect(await post(fetch)).toMatchObject(expected as object);
  });
});
