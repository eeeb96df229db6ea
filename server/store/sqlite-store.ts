// The embedded Store: SQLite through better-sqlite3, one connection, one file.
//
// Durability: WAL with synchronous=FULL, so a committed transaction has been fsynced to the
// WAL before better-sqlite3 returns; a 200 for a batch is therefore sent only after its records
// would survive a power cut. better-sqlite3 is synchronous: each operation below runs to
// completion on the event loop, so no two transactions of this process ever interleave.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry } from '../../protocol/api';
import type { Device, Store } from './store';
import { prepareAccounts } from './sqlite-accounts';
import { migrate } from './sqlite-migrations';
import { prepareRecords } from './sqlite-records';

export const DATABASE_FILE = 'hearth.sqlite';

interface DeviceRow {
  id: string;
  name: string;
  enrolled_day: string;
  last_seen_day: string;
  revoked: number;
  waiting: number | null;
}
const DEVICE_COLUMNS = 'id, name, enrolled_day, last_seen_day, revoked, waiting';
function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    name: row.name,
    enrolledDay: row.enrolled_day,
    lastSeenDay: row.last_seen_day,
    revoked: row.revoked === 1,
    waiting: row.waiting,
  };
}

/** Opens (creating and migrating if needed) `<dataDir>/hearth.sqlite`. */
export function openSqliteStore(dataDir: string): Store {
  return openSqliteFile(path.join(dataDir, DATABASE_FILE));
}

export function openSqliteFile(file: string): Store {
  const db = new Database(file);
  try {
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new Error('SQLite refused WAL mode for the database file.');
    }
    db.pragma('synchronous = FULL'); // fsync the WAL on every commit
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000'); // another process (a backup, the sqlite3 shell) may hold a lock
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return createStore(db);
}

function createStore(db: Database.Database): Store {
  const q = {
    coordinatorCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM coordinators'),
    insertPartnership: db.prepare(
      `INSERT INTO partnership (id, name, encryption_public_key, kid, signing_public_key,
         signing_key_thumbprint, wrapped, created_day) VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    partnership: db.prepare<
      [],
      { name: string; epk: string; kid: string; spk: string; thumb: string }
    >(
      `SELECT name, encryption_public_key AS epk, kid, signing_public_key AS spk,
         signing_key_thumbprint AS thumb FROM partnership WHERE id = 1`,
    ),
    insertCode: db.prepare(
      'INSERT INTO enrolment_codes (code_hash, label, expires_at, created_day) VALUES (?, ?, ?, ?)',
    ),
    useCode: db.prepare<[string, number], { label: string | null }>(
      `UPDATE enrolment_codes SET used = 1 WHERE code_hash = ? AND used = 0 AND expires_at > ?
       RETURNING label`,
    ),
    insertDevice: db.prepare(
      `INSERT INTO devices (id, name, token_hash, enrolled_day, last_seen_day) VALUES (?, ?, ?, ?, ?)`,
    ),
    deviceByToken: db.prepare<[string], DeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`,
    ),
    devices: db.prepare<[], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY rowid`),
    deviceById: db.prepare<[string], DeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`,
    ),
    touchDevice: db.prepare(
      'UPDATE devices SET last_seen_day = ? WHERE id = ? AND last_seen_day <> ?',
    ),
    deviceWaiting: db.prepare('UPDATE devices SET waiting = ? WHERE id = ? AND waiting IS NOT ?'),
    revokeDevice: db.prepare('UPDATE devices SET revoked = 1 WHERE id = ?'),
    config: db.prepare<[], { version: number; payload: string; signature: string }>(
      'SELECT version, payload, signature FROM config ORDER BY version DESC LIMIT 1',
    ),
    insertConfig: db.prepare(
      'INSERT INTO config (version, payload, signature, published_day) VALUES (?, ?, ?, ?)',
    ),
    insertAudit: db.prepare('INSERT INTO audit (day, actor, action, detail) VALUES (?, ?, ?, ?)'),
    audit: db.prepare<
      [number, number],
      { seq: number; day: string; actor: string; action: string; detail: string }
    >('SELECT seq, day, actor, action, detail FROM audit WHERE seq > ? ORDER BY seq LIMIT ?'),
  };
  const appendAudit = (e: AuditEntryInput): number =>
    Number(q.insertAudit.run(e.day, e.actor, e.action, JSON.stringify(e.detail)).lastInsertRowid);
  const records = prepareRecords(db);
  const { insertCoordinator, ...accountMethods } = prepareAccounts(db, appendAudit);
  const tx = <A extends unknown[], R>(fn: (...args: A) => R) => db.transaction(fn).immediate;

  const initialise = tx((...[p, admin, day, audit]: Parameters<Store['initialise']>) => {
    if (q.coordinatorCount.get()!.n > 0) return false;
    const k = p.keyring;
    q.insertPartnership.run(
      p.name,
      k.encryptionPublicKey,
      k.kid,
      k.signingPublicKey,
      k.signingKeyThumbprint,
      admin.wrapped, // the setup copy, kept as it was; each account's own is in coordinator_keyrings
      day,
    );
    insertCoordinator(admin, day);
    appendAudit(audit);
    return true;
  });

  const enrolDevice = tx((...[e, audit]: Parameters<Store['enrolDevice']>) => {
    const code = q.useCode.get(e.codeHash, e.now);
    if (code === undefined) return undefined;
    q.insertDevice.run(e.id, e.name ?? code.label ?? 'Tablet', e.tokenHash, e.day, e.day);
    appendAudit({ ...audit, detail: { ...audit.detail, name: e.name ?? code.label ?? 'Tablet' } });
    return toDevice(q.deviceById.get(e.id)!);
  });

  const revokeDevice = tx((...[id, audit]: Parameters<Store['revokeDevice']>) => {
    const device = q.deviceById.get(id);
    if (device === undefined) return 'not_found' as const;
    if (device.revoked === 1) return 'already_revoked' as const;
    q.revokeDevice.run(id);
    appendAudit({ ...audit, detail: { ...audit.detail, name: device.name } });
    return 'revoked' as const;
  });

  const publishConfig = tx((...[c, day, audit]: Parameters<Store['publishConfig']>) => {
    const current = q.config.get();
    if (current !== undefined && c.version <= current.version) return 'stale' as const;
    q.insertConfig.run(c.version, c.payload, c.signature, day);
    appendAudit(audit);
    return 'published' as const;
  });

  const touchDevice = tx((id: string, day: string, waiting: number | undefined) => {
    q.touchDevice.run(day, id, day);
    if (waiting !== undefined) q.deviceWaiting.run(waiting, id, waiting);
  });

  const createCode = tx((...[c, audit]: Parameters<Store['createEnrolmentCode']>) => {
    q.insertCode.run(c.codeHash, c.label, c.expiresAt, c.day);
    appendAudit(audit);
  });

  return {
    ...accountMethods,
    isInitialised: async () => q.coordinatorCount.get()!.n > 0,
    initialise: async (...args) => initialise(...args),
    getPartnership: async () => {
      const row = q.partnership.get();
      if (row === undefined) return undefined;
      const keyring = {
        encryptionPublicKey: row.epk,
        kid: row.kid,
        signingPublicKey: row.spk,
        signingKeyThumbprint: row.thumb,
      };
      return { name: row.name, keyring };
    },
    createEnrolmentCode: async (...args) => createCode(...args),
    enrolDevice: async (...args) => enrolDevice(...args),
    findDeviceByTokenHash: async (hash) => {
      const row = q.deviceByToken.get(hash);
      return row === undefined ? undefined : toDevice(row);
    },
    touchDevice: async (id, day, waiting) => touchDevice(id, day, waiting),
    listDevices: async () => q.devices.all().map(toDevice),
    revokeDevice: async (...args) => revokeDevice(...args),
    getConfig: async () => q.config.get(),
    publishConfig: async (...args) => publishConfig(...args),
    storeBatch: async (batch, deviceId, day, waiting) =>
      records.storeBatch(batch, deviceId, day, waiting),
    listRecords: async (after, limit) => records.list(after, limit),
    appendAudit: async (entry) => appendAudit(entry),
    listAudit: async (after, limit) =>
      q.audit
        .all(after, limit)
        .map(
          (row) =>
            ({ ...row, detail: JSON.parse(row.detail) as AuditEntry['detail'] }) as AuditEntry,
        ),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

type AuditEntryInput = Parameters<Store['appendAudit']>[0];
