// Hearth-Waiting: the records a device says are still in its outbox, sent on POST /batches and
// GET /config, kept per device and shown in GET /devices. Advisory: a bad value is ignored.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevicesResponse } from '../../../protocol/api';
import {
  createTestServer,
  initialise,
  sealRecords,
  signedConfig,
  type Initialised,
  type TestServer,
} from '../../support/server-fixtures';

let s: TestServer;
let ctx: Initialised;
beforeEach(async () => {
  s = await createTestServer();
  ctx = await initialise(s);
  const put = await s.request('PUT', '/api/v1/config', {
    cookie: ctx.admin,
    json: await signedConfig(s.partnership, 1),
  });
  expect(put.status).toBe(200);
});
afterEach(() => s.close());

async function waiting(): Promise<number | null> {
  const res = await s.request('GET', '/api/v1/devices', { cookie: ctx.reviewer });
  const { devices } = (await res.json()) as DevicesResponse;
  return devices.find((d) => d.id === ctx.device.deviceId)!.waiting;
}

async function batch(header?: string, count = 2): Promise<Response> {
  const res = await s.request('POST', '/api/v1/batches', {
    token: ctx.device.token,
    json: { batchId: randomUUID(), records: await sealRecords(s.partnership, count) },
    ...(header === undefined ? {} : { headers: { 'Hearth-Waiting': header } }),
  });
  expect(res.status).toBe(200);
  return res;
}

async function config(header?: string, etag?: string): Promise<Response> {
  return s.request('GET', '/api/v1/config', {
    token: ctx.device.token,
    headers: {
      ...(header === undefined ? {} : { 'Hearth-Waiting': header }),
      ...(etag === undefined ? {} : { 'If-None-Match': etag }),
    },
  });
}

describe('Hearth-Waiting', () => {
  it('is null until the device reports, then the latest value from batches and config', async () => {
    expect(await waiting()).toBeNull();
    await batch(); // no header: still unknown
    expect(await waiting()).toBeNull();
    await batch('1500');
    expect(await waiting()).toBe(1500);
    await batch('0');
    expect(await waiting()).toBe(0);
    expect((await config('42')).status).toBe(200);
    expect(await waiting()).toBe(42);
    expect((await config('7', '"v1"')).status).toBe(304); // a 304 still counts as a report
    expect(await waiting()).toBe(7);
  });

  it.each([
    ['negative', '-1'],
    ['fractional', '2.5'],
    ['a word', 'many'],
    ['empty', ''],
    ['two values', '3, 4'],
    ['exponent', '1e3'],
    ['hex', '0x10'],
    ['leading zero', '007'],
    ['a billion', '1000000000'],
    ['huge', '9'.repeat(40)],
  ])(
    'a malformed value (%s) is ignored: the request works, the last good value stays',
    async (_name, bad) => {
      await batch('5');
      const res = await batch(bad);
      expect(((await res.json()) as { results: unknown[] }).results).toHaveLength(2);
      expect(await waiting()).toBe(5);
      expect((await config(bad)).status).toBe(200);
      expect(await waiting()).toBe(5);
    },
  );

  it('is kept per device, and a coordinator cannot set it', async () => {
    const { enrol } = await import('../../support/server-fixtures');
    const other = await enrol(s, ctx.admin, 'Second tablet');
    await batch('9');
    await s.request('GET', '/api/v1/config', {
      token: other.token,
      headers: { 'Hearth-Waiting': '3' },
    });
    await s.request('GET', '/api/v1/config', {
      cookie: ctx.admin,
      headers: { 'Hearth-Waiting': '100' },
    });
    const res = await s.request('GET', '/api/v1/devices', { cookie: ctx.admin });
    const { devices } = (await res.json()) as DevicesResponse;
    expect(devices.map((d) => [d.name, d.waiting])).toEqual([
      ['Hall tablet', 9],
      ['Second tablet', 3],
    ]);
  });

  it('a refused batch reports nothing', async () => {
    await batch('4');
    const res = await s.request('POST', '/api/v1/batches', {
      token: ctx.device.token,
      json: { batchId: randomUUID(), records: [] },
      headers: { 'Hearth-Waiting': '99' },
    });
    expect(res.status).toBe(400);
    expect(await waiting()).toBe(4);
  });
});
