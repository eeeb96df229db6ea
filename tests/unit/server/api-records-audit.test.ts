// GET /api/v1/records by cursor, and the audit log (GET for admins, POST for coordinators).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResponse, RecordsResponse } from '../../../protocol/api';
import { toBase64url } from '../../../protocol/base64url';
import { decodeRecordsPage, RECORDS_BINARY_TYPE } from '../../../protocol/records-binary';
import type { SealedRecord } from '../../../protocol/sealed-record';
import {
  createTestServer,
  initialise,
  sealRecords,
  type Initialised,
  type TestServer,
} from '../../support/server-fixtures';

let s: TestServer;
let ctx: Initialised;
let sealed: SealedRecord[];
beforeAll(async () => {
  s = await createTestServer();
  ctx = await initialise(s);
  sealed = await sealRecords(s.partnership, 25);
  for (const part of [sealed.slice(0, 10), sealed.slice(10)]) {
    const res = await s.request('POST', '/api/v1/batches', {
      token: ctx.device.token,
      json: { batchId: randomUUID(), records: part },
    });
    expect(res.status).toBe(200);
  }
});
afterAll(() => s.close());

const get = async (url: string, cookie = ctx.reviewer) => s.request('GET', url, { cookie });

describe('GET /api/v1/records', () => {
  it('pages by cursor, oldest first, next = null at the end', async () => {
    const seen: RecordsResponse['records'] = [];
    let url = '/api/v1/records?limit=10';
    const nexts: (string | null)[] = [];
    const headers: (string | null)[] = [];
    for (;;) {
      const res = await get(url);
      headers.push(res.headers.get('Hearth-Next'));
      const page = (await res.json()) as RecordsResponse;
      seen.push(...page.records);
      nexts.push(page.next);
      if (page.next === null) break;
      url = `/api/v1/records?limit=10&after=${page.next}`;
    }
    expect(nexts).toEqual(['10', '20', null]);
    expect(headers).toEqual(nexts); // the same cursor, ahead of the body (none at the end)
    expect(seen.map(({ v, id, kid, enc, iv, ct }) => ({ v, id, kid, enc, iv, ct }))).toEqual(
      sealed,
    );
    expect(seen.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(seen.every((r) => r.receivedDay === '2025-06-02')).toBe(true);
  });

  it('defaults to 1000 per page from the start; an exact last page has next = null', async () => {
    const all = (await (await get('/api/v1/records')).json()) as RecordsResponse;
    expect(all.records).toHaveLength(25);
    expect(all.next).toBeNull();
    const exact = (await (await get('/api/v1/records?limit=25')).json()) as RecordsResponse;
    expect(exact.next).toBeNull();
    const after = (await (await get('/api/v1/records?after=25')).json()) as RecordsResponse;
    expect(after).toEqual({ records: [], next: null });
  });

  it('sends the same page in the compact binary form when asked for it (Accept)', async () => {
    const binary = { cookie: ctx.reviewer, headers: { Accept: RECORDS_BINARY_TYPE } };
    for (const query of ['limit=10', 'limit=10&after=20']) {
      const json = (await (await get(`/api/v1/records?${query}`)).json()) as RecordsResponse;
      const res = await s.request('GET', `/api/v1/records?${query}`, binary);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(RECORDS_BINARY_TYPE);
      expect(res.headers.get('Vary')).toContain('Accept');
      expect(res.headers.get('Hearth-Next')).toBe(json.next);
      const page = decodeRecordsPage(await res.arrayBuffer());
      expect(page.next).toBe(json.next);
      const asJson = page.records.map((r) => ({
        ...r,
        iv: toBase64url(r.iv),
        ct: toBase64url(r.ct),
      }));
      expect(asJson).toEqual(json.records);
    }
    // Without the header, and for anything else asked for, it is JSON as before.
    const other = await s.request('GET', '/api/v1/records?limit=1', {
      cookie: ctx.reviewer,
      headers: { Accept: 'application/json' },
    });
    expect(other.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('refuses a binary page without a session, as it does a JSON one', async () => {
    const res = await s.request('GET', '/api/v1/records', {
      headers: { Accept: RECORDS_BINARY_TYPE },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it.each([
    'limit=0',
    'limit=5001',
    'limit=abc',
    'limit=-1',
    'limit=1.5',
    'after=-1',
    'after=01',
    'after=x',
    'after=1e3',
    'after=9999999999999999',
    'after=1&after=2',
    'cursor=1',
    'limit=',
  ])('answers 400 invalid_query for ?%s', async (query) => {
    const res = await get(`/api/v1/records?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_query');
  });
});

describe('audit', () => {
  it('admins read who did what, by day, with no secrets in it', async () => {
    const res = await get('/api/v1/audit', ctx.admin);
    expect(res.status).toBe(200);
    const { entries, next } = (await res.json()) as AuditResponse;
    expect(next).toBeNull();
    expect(entries.map((e) => e.action)).toEqual([
      'setup',
      'sign_in',
      'coordinator_added',
      'sign_in',
      'enrolment_code_created',
      'device_enrolled',
    ]);
    expect(entries.every((e) => e.day === '2025-06-02')).toBe(true);
    expect(entries[5]).toMatchObject({
      actor: `device:${ctx.device.deviceId}`,
      detail: { name: 'Hall tablet' },
    });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(ctx.device.token);
    expect(text).not.toMatch(/[A-Z2-9]{5}-[A-Z2-9]{5}/); // no enrolment code
  });

  it('coordinators record key unlocks and exports (201), which then appear in the log', async () => {
    const res = await s.request('POST', '/api/v1/audit', {
      cookie: ctx.admin,
      json: {
        action: 'export_rows',
        detail: { formId: 'feedback', rows: 120, publication: false },
      },
    });
    expect(res.status).toBe(201);
    const { seq } = (await res.json()) as { seq: number };
    const page = (await (
      await get(`/api/v1/audit?after=${seq - 1}`, ctx.admin)
    ).json()) as AuditResponse;
    expect(page.entries[0]).toEqual({
      seq,
      day: '2025-06-02',
      actor: expect.stringMatching(/^coordinator:[\w-]{36}$/) as unknown,
      action: 'export_rows',
      detail: { formId: 'feedback', rows: 120, publication: false },
    });
    for (const [cookie, action] of [
      [ctx.reviewer, 'key_unlocked'],
      [ctx.reviewer, 'export_aggregate'],
      [ctx.admin, 'key_unlocked'],
    ] as const) {
      const ok = await s.request('POST', '/api/v1/audit', { cookie, json: { action } });
      expect(ok.status).toBe(201);
    }
    const last = (await (
      await get(`/api/v1/audit?after=${seq}`, ctx.admin)
    ).json()) as AuditResponse;
    expect(last.entries.map((e) => [e.actor, e.action])).toEqual([
      [`coordinator:${ctx.reviewerId}`, 'key_unlocked'],
      [`coordinator:${ctx.reviewerId}`, 'export_aggregate'],
      [page.entries[0]!.actor, 'key_unlocked'],
    ]);
  });

  it('a reviewer may not record a per-row export (403 forbidden), and nothing is logged', async () => {
    const before = (await (await get('/api/v1/audit', ctx.admin)).json()) as AuditResponse;
    const res = await s.request('POST', '/api/v1/audit', {
      cookie: ctx.reviewer,
      json: { action: 'export_rows', detail: { rows: 3 } },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const after = (await (await get('/api/v1/audit', ctx.admin)).json()) as AuditResponse;
    expect(after.entries).toEqual(before.entries);
  });

  it('pages with limit and after', async () => {
    const first = (await (await get('/api/v1/audit?limit=2', ctx.admin)).json()) as AuditResponse;
    expect(first.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(first.next).toBe('2');
    const second = (await (
      await get(`/api/v1/audit?limit=2&after=${first.next}`, ctx.admin)
    ).json()) as AuditResponse;
    expect(second.entries.map((e) => e.seq)).toEqual([3, 4]);
  });

  it('a reviewer may not read the audit log (403 forbidden)', async () => {
    const res = await get('/api/v1/audit');
    expect(res.status).toBe(403);
  });
});
