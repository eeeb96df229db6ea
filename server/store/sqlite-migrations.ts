// SQLite schema as an append-only list of migrations. Never edit or reorder a released entry:
// add a new one. `schema_migrations` records which versions a database file has; opening a file
// written by a newer server (a version this list does not know) is refused.
import type Database from 'better-sqlite3';
import { localDay } from '../../protocol/day';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      -- The one partnership this server holds: its public keys and the coordinator's
      -- passphrase-wrapped private keys (opaque to the server).
      CREATE TABLE partnership (
        id                     INTEGER PRIMARY KEY CHECK (id = 1),
        name                   TEXT NOT NULL,
        encryption_public_key  TEXT NOT NULL,
        kid                    TEXT NOT NULL,
        signing_public_key     TEXT NOT NULL,
        signing_key_thumbprint TEXT NOT NULL,
        wrapped                TEXT NOT NULL,
        created_day            TEXT NOT NULL
      ) STRICT;

      -- Coordinators sign in with e-mail and password (scrypt, parameters in the hash string).
      CREATE TABLE coordinators (
        id            TEXT PRIMARY KEY,
        email         TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'reviewer')),
        created_day   TEXT NOT NULL
      ) STRICT;

      -- Failed sign-ins per account key: SHA-256 of the lower-cased e-mail, kept for unknown
      -- e-mails too so a lockout does not reveal which accounts exist. Epoch ms.
      CREATE TABLE sign_in_failures (
        email_key    TEXT PRIMARY KEY,
        failures     INTEGER NOT NULL,
        window_start INTEGER NOT NULL,
        locked_until INTEGER
      ) STRICT;

      -- Only SHA-256 of the session token is stored. expires_at: epoch ms.
      CREATE TABLE sessions (
        token_hash     TEXT PRIMARY KEY,
        coordinator_id TEXT NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
        expires_at     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_expiry ON sessions (expires_at);

      -- One-time enrolment codes, hashed. expires_at: epoch ms.
      CREATE TABLE enrolment_codes (
        code_hash   TEXT PRIMARY KEY,
        label       TEXT,
        expires_at  INTEGER NOT NULL,
        used        INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
        created_day TEXT NOT NULL
      ) STRICT;

      -- Enrolled tablets. Revoked devices stay: their records point at them.
      CREATE TABLE devices (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        token_hash    TEXT NOT NULL UNIQUE,
        enrolled_day  TEXT NOT NULL,
        last_seen_day TEXT NOT NULL,
        revoked       INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
      ) STRICT;

      -- Every published signed config; the current one is the highest version.
      CREATE TABLE config (
        version       INTEGER PRIMARY KEY,
        payload       TEXT NOT NULL,
        signature     TEXT NOT NULL,
        published_day TEXT NOT NULL
      ) STRICT;

      -- Sealed records exactly as received (base64url text), never decrypted here.
      -- seq orders them for the coordinator's cursor; AUTOINCREMENT never reuses a seq.
      CREATE TABLE records (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT NOT NULL UNIQUE,
        v            INTEGER NOT NULL,
        kid          TEXT NOT NULL,
        enc          TEXT NOT NULL,
        iv           TEXT NOT NULL,
        ct           TEXT NOT NULL,
        received_day TEXT NOT NULL,
        device_id    TEXT NOT NULL REFERENCES devices (id)
      ) STRICT;

      -- Who did what, on which day. detail: a small JSON object.
      CREATE TABLE audit (
        seq    INTEGER PRIMARY KEY AUTOINCREMENT,
        day    TEXT NOT NULL,
        actor  TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'a wrapped key copy per coordinator',
    sql: `
      -- Each coordinator's own passphrase-wrapped copy of the partnership's private keys, so
      -- a second coordinator never needs the first one's passphrase. Opaque to the server.
      -- partnership.wrapped stays as the setup copy and is no longer read.
      CREATE TABLE coordinator_keyrings (
        coordinator_id TEXT PRIMARY KEY REFERENCES coordinators (id) ON DELETE CASCADE,
        wrapped        TEXT NOT NULL
      ) STRICT;
      -- Until now everyone unlocked the one setup copy: each existing account starts with it.
      INSERT INTO coordinator_keyrings (coordinator_id, wrapped)
        SELECT c.id, p.wrapped FROM coordinators c JOIN partnership p ON p.id = 1;
    `,
  },
  {
    version: 3,
    name: 'session idle expiry',
    sql: `
      -- Epoch ms of the session's last use, for the idle expiry. Sessions from before this
      -- migration read as long idle: their coordinators sign in once more.
      ALTER TABLE sessions ADD COLUMN last_active_at INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    name: 'device waiting count',
    sql: `
      -- Records the device said were still in its outbox when it last called (the
      -- Hearth-Waiting header); advisory, NULL until it first reports one.
      ALTER TABLE devices ADD COLUMN waiting INTEGER CHECK (waiting IS NULL OR waiting >= 0);
    `,
  },
];

/** Brings the file up to the newest schema, one transaction per migration. */
export function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_day TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  const known = new Set(MIGRATIONS.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new Error(
      `The database has schema version ${Math.max(...unknown)}, newer than this server knows; upgrade the server.`,
    );
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_day) VALUES (?, ?, ?)',
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, localDay());
    }).immediate();
  }
}
