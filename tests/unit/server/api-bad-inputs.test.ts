// At least 200 bad inputs across the API: each is answered 4xx with its code, never 5xx, and
// leaves every table of the database exactly as it was.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestPartnership } from '../../support/partnership';
import {
  createTestServer,
  initialise,
  ORIGIN,
  sealRecords,
  setupBody,
  signedConfig,
  type Initialised,
  type TestServer,
} from '../../support/server-fixtures';
import { buildCorpus, type BadRequest, type Case } from './bad-input-corpus';

/** SHA-256 over every row of every table, read through a second connection to the file. */
function fingerprint(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .all();
    for (const { name } of tables) {
      hash.update(name);
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())
        hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Built by hand (not through the fixture) so a case can send no Content-Type at all. */
function send(r: BadRequest): Promise<Response> {
  const s = r.server === 'fresh' ? fresh : ready;
  const text =
    typeof r.body === 'string' || r.body instanceof Uint8Array ? r.body : JSON.stringify(r.body);
  // A Uint8Array body gets no default Content-Type (a string would get text/plain).
  const body =
    r.body === undefined
      ? undefined
      : typeof text === 'string'
        ? new TextEncoder().encode(text)
        : new Uint8Array(text);
  const headers: Record<string, string> = {};
  if (r.method !== 'GET') headers.Origin = ORIGIN;
  if (r.contentType !== null && body !== undefined)
    headers['Content-Type'] = r.contentType ?? 'application/json';
  if (r.auth === 'admin') headers.Cookie = `hearth_session=${ctx.admin}`;
  if (r.auth === 'device') headers.Authorization = `Bearer ${ctx.device.token}`;
  return Promise.resolve(
    s.app.request(r.url, { method: r.method, headers, ...(body === undefined ? {} : { body }) }),
  );
}

// Top-level await: the corpus must exist when it.each collects the cases.
const fresh: TestServer = await createTestServer();
const ready: TestServer = await createTestServer();
const ctx: Initialised = await initialise(ready);
const published = await signedConfig(ready.partnership, 1);
const put = await ready.request('PUT', '/api/v1/config', { cookie: ctx.admin, json: published });
if (put.status !== 200) throw new Error(`publishing config v1: ${put.status}`);

const other = await createTestPartnership('Elsewhere');
const foreignFile = await ready.partnership.setupFile({
  version: 5,
  encryptionPublicKey: Buffer.from(other.encryption.publicKeyRaw).toString('base64url'),
});
const corpus: Case[] = buildCorpus({
  setup: setupBody(fresh.partnership),
  config: await signedConfig(ready.partnership, 2),
  staleConfig: published,
  foreignKeyConfig: {
    payload: foreignFile.config.payload,
    signature: foreignFile.config.signature,
  },
  records: await sealRecords(ready.partnership, 3),
  foreignRecord: (await sealRecords(other, 1))[0]!,
});

afterAll(async () => {
  await fresh.close();
  await ready.close();
});

describe('bad-input corpus', () => {
  it('has at least 200 cases with unique names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map(([name]) => name)).size).toBe(corpus.length);
  });

  it.each(corpus)('%s → %i %s', async (_name, request, status, code) => {
    const s = request.server === 'fresh' ? fresh : ready;
    const before = fingerprint(s.dbFile);
    const res = await send(request);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(fingerprint(s.dbFile)).toBe(before);
  });
});
