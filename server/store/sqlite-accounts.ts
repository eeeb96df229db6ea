// Coordinator accounts in SQLite: accounts and their wrapped keys, sign-in failures (lockout)
// and sessions.
import type Database from 'better-sqlite3';
import type { AuditInput, Coordinator, NewCoordinator, Store } from './store';

interface CoordinatorRow {
  id: string;
  email: string;
  role: 'admin' | 'reviewer';
  password_hash: string;
}
function toCoordinator(row: CoordinatorRow | undefined): Coordinator | undefined {
  if (row === undefined) return undefined;
  return { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash };
}

/** A session's last use is written at most this often (not on every request). */
const ACTIVITY_RESOLUTION_MS = 60_000;

type AccountMethods = Pick<
  Store,
  | 'addCoordinator'
  | 'findCoordinatorByEmail'
  | 'listCoordinators'
  | 'getWrappedKeys'
  | 'setWrappedKeys'
  | 'signInLockedUntil'
  | 'recordSignInFailure'
  | 'clearSignInFailures'
  | 'createSession'
  | 'findSession'
  | 'deleteSession'
>;

export function prepareAccounts(
  db: Database.Database,
  appendAudit: (entry: AuditInput) => number,
): AccountMethods & {
  /** For use inside another transaction (setup); true when inserted. */
  insertCoordinator(c: NewCoordinator, day: string): boolean;
} {
  const q = {
    insertCoordinator: db.prepare(
      `INSERT INTO coordinators (id, email, password_hash, role, created_day) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (email) DO NOTHING`,
    ),
    insertKeys: db.prepare(
      'INSERT INTO coordinator_keyrings (coordinator_id, wrapped) VALUES (?, ?)',
    ),
    keys: db.prepare<[string], { wrapped: string }>(
      'SELECT wrapped FROM coordinator_keyrings WHERE coordinator_id = ?',
    ),
    updateKeys: db.prepare('UPDATE coordinator_keyrings SET wrapped = ? WHERE coordinator_id = ?'),
    byEmail: db.prepare<[string], CoordinatorRow>(
      'SELECT id, email, role, password_hash FROM coordinators WHERE email = ?',
    ),
    list: db.prepare<
      [],
      { id: string; email: string; role: 'admin' | 'reviewer'; created_day: string }
    >('SELECT id, email, role, created_day FROM coordinators ORDER BY rowid'),
    failures: db.prepare<
      [string],
      { failures: number; window_start: number; locked_until: number | null }
    >('SELECT failures, window_start, locked_until FROM sign_in_failures WHERE email_key = ?'),
    upsertFailures: db.prepare(
      `INSERT INTO sign_in_failures (email_key, failures, window_start, locked_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (email_key) DO UPDATE SET failures = excluded.failures,
         window_start = excluded.window_start, locked_until = excluded.locked_until`,
    ),
    // Rows for e-mails nobody has tried for a whole window (and not locked) are forgotten.
    pruneFailures: db.prepare(
      'DELETE FROM sign_in_failures WHERE window_start < ? AND coalesce(locked_until, 0) < ?',
    ),
    clearFailures: db.prepare('DELETE FROM sign_in_failures WHERE email_key = ?'),
    insertSession: db.prepare(
      `INSERT INTO sessions (token_hash, coordinator_id, expires_at, last_active_at)
       VALUES (?, ?, ?, ?)`,
    ),
    pruneSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    session: db.prepare<[string, number], CoordinatorRow & { last_active_at: number }>(
      `SELECT c.id, c.email, c.role, c.password_hash, s.last_active_at FROM sessions s
       JOIN coordinators c ON c.id = s.coordinator_id WHERE s.token_hash = ? AND s.expires_at > ?`,
    ),
    sessionUsed: db.prepare('UPDATE sessions SET last_active_at = ? WHERE token_hash = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
  };

  const insertCoordinator = (c: NewCoordinator, day: string): boolean => {
    if (q.insertCoordinator.run(c.id, c.email, c.passwordHash, c.role, day).changes !== 1) {
      return false;
    }
    q.insertKeys.run(c.id, c.wrapped);
    return true;
  };

  const addCoordinator = db.transaction(
    (...[c, day, audit]: Parameters<Store['addCoordinator']>) => {
      if (!insertCoordinator(c, day)) return false;
      appendAudit(audit);
      return true;
    },
  ).immediate;

  const setWrappedKeys = db.transaction(
    (...[id, wrapped, audit]: Parameters<Store['setWrappedKeys']>) => {
      if (q.updateKeys.run(wrapped, id).changes !== 1) return false;
      appendAudit(audit);
      return true;
    },
  ).immediate;

  const findSession = (...[hash, now, policy]: Parameters<Store['findSession']>) => {
    const row = q.session.get(hash, now);
    if (row === undefined) return undefined;
    if (row.last_active_at <= now - policy.idleMs) {
      q.deleteSession.run(hash);
      return undefined;
    }
    if (now - row.last_active_at >= ACTIVITY_RESOLUTION_MS) q.sessionUsed.run(now, hash);
    return toCoordinator(row);
  };

  const recordFailure = db.transaction(
    (...[key, now, policy]: Parameters<Store['recordSignInFailure']>) => {
      q.pruneFailures.run(now - policy.windowMs, now);
      const row = q.failures.get(key);
      const fresh = row === undefined || row.window_start <= now - policy.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const windowStart = fresh ? now : row.window_start;
      const lockedUntil = failures >= policy.maxFailures ? now + policy.lockMs : null;
      // A lock starts a new window: once it ends the e-mail gets a full set of attempts again.
      q.upsertFailures.run(
        key,
        lockedUntil === null ? failures : 0,
        lockedUntil === null ? windowStart : now,
        lockedUntil,
      );
      return lockedUntil ?? undefined;
    },
  ).immediate;

  const createSession = db.transaction(
    (...[hash, coordinatorId, expiresAt, now]: Parameters<Store['createSession']>) => {
      q.pruneSessions.run(now);
      q.insertSession.run(hash, coordinatorId, expiresAt, now);
    },
  ).immediate;

  return {
    insertCoordinator,
    addCoordinator: async (...args) => addCoordinator(...args),
    findCoordinatorByEmail: async (email) => toCoordinator(q.byEmail.get(email)),
    listCoordinators: async () =>
      q.list
        .all()
        .map((r) => ({ id: r.id, email: r.email, role: r.role, addedDay: r.created_day })),
    getWrappedKeys: async (id) => q.keys.get(id)?.wrapped,
    setWrappedKeys: async (...args) => setWrappedKeys(...args),
    signInLockedUntil: async (key, now) => {
      const lockedUntil = q.failures.get(key)?.locked_until;
      return lockedUntil != null && lockedUntil > now ? lockedUntil : undefined;
    },
    recordSignInFailure: async (...args) => recordFailure(...args),
    clearSignInFailures: async (key) => void q.clearFailures.run(key),
    createSession: async (...args) => createSession(...args),
    findSession: async (...args) => findSession(...args),
    deleteSession: async (hash) => void q.deleteSession.run(hash),
  };
}
