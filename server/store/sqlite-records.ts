// Sealed records in SQLite: idempotent batch ingest and the coordinator's cursor.
import type Database from 'better-sqlite3';
import type { RecordStatus } from '../../protocol/api';
import type { SealedRecord } from '../../protocol/sealed-record';
import type { StoredRecordRow } from './store';

type Fields = Pick<SealedRecord, 'v' | 'kid' | 'enc' | 'iv' | 'ct'>;

interface RecordRow extends Fields {
  seq: number;
  id: string;
  received_day: string;
}

function sameContent(a: Fields, b: Fields): boolean {
  return a.v === b.v && a.kid === b.kid && a.enc === b.enc && a.iv === b.iv && a.ct === b.ct;
}

export function prepareRecords(db: Database.Database) {
  // ON CONFLICT DO NOTHING: a known id inserts nothing and reports 0 changes; only then is the
  // stored row read back to tell a byte-identical resend from a conflicting one. A normal
  // batch (all new) costs one INSERT per record and nothing else.
  const insert = db.prepare(
    `INSERT INTO records (id, v, kid, enc, iv, ct, received_day, device_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const existing = db.prepare<[string], Fields>(
    'SELECT v, kid, enc, iv, ct FROM records WHERE id = ?',
  );
  const touch = db.prepare(
    'UPDATE devices SET last_seen_day = ? WHERE id = ? AND last_seen_day <> ?',
  );
  const waitingNow = db.prepare('UPDATE devices SET waiting = ? WHERE id = ? AND waiting IS NOT ?');
  const page = db.prepare<[number, number], RecordRow>(
    `SELECT seq, id, v, kid, enc, iv, ct, received_day FROM records
     WHERE seq > ? ORDER BY seq LIMIT ?`,
  );

  // IMMEDIATE takes the write lock up front, so the transaction cannot fail half-way on a
  // lock upgrade; an exception anywhere rolls the whole batch back.
  const storeBatch = db.transaction(
    (records: readonly SealedRecord[], deviceId: string, day: string, waiting?: number) => {
      const statuses: RecordStatus[] = [];
      for (const r of records) {
        if (insert.run(r.id, r.v, r.kid, r.enc, r.iv, r.ct, day, deviceId).changes === 1) {
          statuses.push('stored');
        } else {
          const stored = existing.get(r.id);
          statuses.push(stored !== undefined && sameContent(stored, r) ? 'duplicate' : 'conflict');
        }
      }
      touch.run(day, deviceId, day);
      if (waiting !== undefined) waitingNow.run(waiting, deviceId, waiting);
      return statuses;
    },
  ).immediate;

  return {
    storeBatch,
    list(after: number, limit: number): StoredRecordRow[] {
      return page.all(after, limit).map((row) => ({
        v: 1,
        id: row.id,
        kid: row.kid,
        enc: row.enc,
        iv: row.iv,
        ct: row.ct,
        seq: row.seq,
        receivedDay: row.received_day,
      }));
    },
  };
}
