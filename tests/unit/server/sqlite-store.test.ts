// The SQLite file itself: pragmas, versioned migrations, reopening, durability across handles.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../server/store/sqlite-migrations';
import { DATABASE_FILE, openSqliteStore } from '../../../server/store/sqlite-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hearth-sqlite-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, DATABASE_FILE);

describe('SQLite store', () => {
  it('creates hearth.sqlite in WAL mode with every migration recorded', async () => {
    const store = openSqliteStore(dir);
    expect(statSync(file()).isFile()).toBe(true);
    const db = new Database(file(), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const versions = db
        .prepare('SELECT version FROM schema_migrations ORDER BY version')
        .pluck()
        .all();
      expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(
        expect.arrayContaining([
          'audit',
          'config',
          'coordinator_keyrings',
          'coordinators',
          'devices',
          'enrolment_codes',
          'partnership',
          'records',
          'sessions',
        ]),
      );
    } finally {
      db.close();
      await store.close();
    }
  });

  it('reopens an existing file without re-running migrations, and keeps its data', async () => {
    const first = openSqliteStore(dir);
    await first.appendAudit({
      day: '2025-06-02',
      actor: 'test',
      action: 'setup',
      detail: { n: 1 },
    });
    await first.close();
    const second = openSqliteStore(dir);
    expect(await second.listAudit(0, 10)).toEqual([
      { seq: 1, day: '2025-06-02', actor: 'test', action: 'setup', detail: { n: 1 } },
    ]);
    await second.close();
  });

  it('refuses a file migrated by a newer server', async () => {
    await openSqliteStore(dir).close();
    const db = new Database(file());
    db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_day) VALUES (999, 'future', '2030-01-01')",
    ).run();
    db.close();
    expect(() => openSqliteStore(dir)).toThrow(/newer than this server knows/);
  });

  it('upgrades a version 1 file: each coordinator gets the setup key copy, sessions sign in anew', async () => {
    const db = new Database(file());
    db.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
      applied_day TEXT NOT NULL) STRICT`);
    db.exec(MIGRATIONS[0]!.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (1, 'initial schema', '2025-01-01')").run();
    db.exec(`
      INSERT INTO partnership VALUES (1, 'P', 'epk', 'kid', 'spk', 'thumb', 'setup-copy', '2025-01-01');
      INSERT INTO coordinators VALUES ('a', 'a@x.org', 'h', 'admin', '2025-01-01');
      INSERT INTO coordinators VALUES ('r', 'r@x.org', 'h', 'reviewer', '2025-02-01');
      INSERT INTO sessions VALUES ('hash', 'a', ${Date.UTC(2030, 0, 1)});
      INSERT INTO devices VALUES ('d', 'Tablet', 'token', '2025-01-01', '2025-01-02', 0);
    `);
    db.close();

    const store = openSqliteStore(dir);
    try {
      expect(await store.getWrappedKeys('a')).toBe('setup-copy');
      expect(await store.getWrappedKeys('r')).toBe('setup-copy');
      expect(await store.listCoordinators()).toEqual([
        { id: 'a', email: 'a@x.org', role: 'admin', addedDay: '2025-01-01' },
        { id: 'r', email: 'r@x.org', role: 'reviewer', addedDay: '2025-02-01' },
      ]);
      const policy = { maxMs: 8 * 3_600_000, idleMs: 3_600_000 };
      expect(await store.findSession('hash', Date.UTC(2029, 0, 1), policy)).toBeUndefined();
      expect((await store.listDevices())[0]).toMatchObject({ id: 'd', waiting: null });
      await store.touchDevice('d', '2025-01-03', 12);
      expect((await store.listDevices())[0]).toMatchObject({
        lastSeenDay: '2025-01-03',
        waiting: 12,
      });
      await store.touchDevice('d', '2025-01-03');
      expect((await store.listDevices())[0]).toMatchObject({ waiting: 12 }); // kept when not given
    } finally {
      await store.close();
    }
  });

  it('enforces foreign keys: a record must belong to a known device', async () => {
    const store = openSqliteStore(dir);
    const record = {
      v: 1 as const,
      id: '3f1c4f5e-2b7a-4c1e-9d3a-1b2c3d4e5f60',
      kid: 'k',
      enc: 'e',
      iv: 'i',
      ct: 'c',
    };
    await expect(store.storeBatch([record], 'no-such-device', '2025-06-02')).rejects.toThrow(
      /FOREIGN KEY/,
    );
    expect(await store.listRecords(0, 10)).toEqual([]); // the failed transaction left nothing
    await store.close();
  });
});
