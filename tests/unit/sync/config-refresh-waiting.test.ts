import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevicesResponse } from '../../../protocol/api';
import { refreshConfig } from '../../../src/device/config-refresh';
import { db } from '../../../src/storage/db';
import { setDeviceCredentials, setPinnedThumbprint } from '../../../src/storage/device-store';
import {
  createTestServer,
  initialise,
  signedConfig,
  type Initialised,
} from '../../support/server-fixtures';
import { queue, resetDevice, testPartnership } from './helpers';

// A config check also reports the outbox (Hearth-Waiting), so a tablet that has nothing due
// (records waiting out a backoff, say) still tells coordinators what it holds.

let env: Initialised;
beforeEach(async () => {
  await resetDevice();
  env = await initialise(await createTestServer({ partnership: await testPartnership() }));
  const put = await env.s.request('PUT', '/api/v1/config', {
    cookie: env.admin,
    json: await signedConfig(env.s.partnership, 1),
  });
  expect(put.status).toBe(200);
  await setPinnedThumbprint(env.device.signingKeyThumbprint);
  await setDeviceCredentials({
    deviceId: env.device.deviceId,
    token: env.device.token,
    partnershipName: env.device.partnershipName,
  });
});
afterEach(() => env.s.close());

const serverFetch = ((input: string, init: RequestInit) =>
  Promise.resolve(env.s.app.request(input, init))) as typeof fetch;

async function reported(): Promise<number | null> {
  const res = await env.s.request('GET', '/api/v1/devices', { cookie: env.admin });
  return ((await res.json()) as DevicesResponse).devices[0]!.waiting;
}

describe('refreshConfig reports Hearth-Waiting', () => {
  it('sends the queued count on the first fetch and on a 304 alike, conflicts left out', async () => {
    await queue(3);
    expect(await refreshConfig(serverFetch)).toBe('updated');
    expect(await reported()).toBe(3);

    const [first] = await db().outbox.toArray();
    await db().outbox.update(first!.id, { state: 'conflict' });
    expect(await refreshConfig(serverFetch)).toBe('unchanged'); // 304
    expect(await reported()).toBe(2);

    await db().outbox.clear();
    await refreshConfig(serverFetch);
    expect(await reported()).toBe(0);
  });
});
