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
