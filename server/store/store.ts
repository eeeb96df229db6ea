// The one interface between the routes and storage: domain operations, not SQL. SQLite
// (sqlite-store.ts) is the embedded default; a PostgreSQL implementation must pass the same
// tests. Every method returns a Promise so either kind can sit behind it.
//
// What is stored about time: days (YYYY-MM-DD) for anything a person did; epoch milliseconds
// only for expiries and lockouts, which describe codes and sessions, not people.
// Secrets (session tokens, device tokens, enrolment codes) arrive here already hashed.
import type { AuditAction, AuditDetail, AuditEntry, RecordStatus, Role } from '../../protocol/api';
import type { SealedRecord } from '../../protocol/sealed-record';

export interface Keyring {
  encryptionPublicKey: string;
  kid: string;
  signingPublicKey: string;
  signingKeyThumbprint: string;
}

export interface Partnership {
  name: string;
  keyring: Keyring;
}

export interface Coordinator {
  id: string;
  /** Lower-case. */
  email: string;
  role: Role;
  passwordHash: string;
}

/** A coordinator being created, with their own passphrase-wrapped copy of the private keys. */
export interface NewCoordinator extends Coordinator {
  wrapped: string;
}

export interface CoordinatorSummary {
  id: string;
  email: string;
  role: Role;
  /** The day the account was created. */
  addedDay: string;
}

/** Session lifetimes in ms: from sign-in (absolute), and since the last request (idle). */
export interface SessionPolicy {
  maxMs: number;
  idleMs: number;
}

export interface Device {
  id: string;
  name: string;
  enrolledDay: string;
  lastSeenDay: string;
  revoked: boolean;
  /** Records the device last said were waiting in its outbox; null until it reports one. */
  waiting: number | null;
}

export interface StoredConfig {
  version: number;
  payload: string;
  signature: string;
}

export interface StoredRecordRow extends SealedRecord {
  seq: number;
  receivedDay: string;
}

export interface AuditInput {
  day: string;
  actor: string;
  action: AuditAction;
  detail: AuditDetail;
}

/** Sign-in throttling, per account key (a hash of the e-mail, known account or not). */
export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface Store {
  /** True once setup has created the first coordinator. */
  isInitialised(): Promise<boolean>;
  /**
   * Setup in one transaction; false (and nothing written) if already initialised. The admin's
   * `wrapped` is their own copy of the private keys (and is kept as the setup copy).
   */
  initialise(
    partnership: Partnership,
    admin: NewCoordinator,
    day: string,
    audit: AuditInput,
  ): Promise<boolean>;
  getPartnership(): Promise<Partnership | undefined>;

  /** The account, its wrapped keys and the audit entry in one transaction; false if the e-mail is taken. */
  addCoordinator(coordinator: NewCoordinator, day: string, audit: AuditInput): Promise<boolean>;
  findCoordinatorByEmail(email: string): Promise<Coordinator | undefined>;
  /** Every coordinator, oldest account first. */
  listCoordinators(): Promise<CoordinatorSummary[]>;
  /** This coordinator's own wrapped copy of the private keys. */
  getWrappedKeys(coordinatorId: string): Promise<string | undefined>;
  /** Replaces the coordinator's own copy (a new passphrase), with its audit entry; false if unknown. */
  setWrappedKeys(coordinatorId: string, wrapped: string, audit: AuditInput): Promise<boolean>;

  /** Epoch ms until which sign-in for this key is locked, if it is locked at `now`. */
  signInLockedUntil(key: string, now: number): Promise<number | undefined>;
  /** Counts a failure; returns the lock expiry when this failure locked the key. */
  recordSignInFailure(key: string, now: number, policy: LockoutPolicy): Promise<number | undefined>;
  clearSignInFailures(key: string): Promise<void>;

  createSession(
    tokenHash: string,
    coordinatorId: string,
    expiresAt: number,
    now: number,
  ): Promise<void>;
  /**
   * The coordinator of a live session: created less than `policy.maxMs` ago (its expiry) and
   * used less than `policy.idleMs` ago. Counts as a use (the idle clock restarts, at most one
   * write a minute); an idle-expired session is deleted.
   */
  findSession(
    tokenHash: string,
    now: number,
    policy: SessionPolicy,
  ): Promise<Coordinator | undefined>;
  deleteSession(tokenHash: string): Promise<void>;

  createEnrolmentCode(
    code: { codeHash: string; label: string | null; expiresAt: number; day: string },
    audit: AuditInput,
  ): Promise<void>;
  /**
   * Consumes an unused, unexpired code and creates the device, in one transaction. Undefined
   * (nothing written) when the code is unknown, used or expired. The device's name defaults
   * to the code's label.
   */
  enrolDevice(
    enrolment: {
      codeHash: string;
      now: number;
      id: string;
      name: string | null;
      tokenHash: string;
      day: string;
    },
    audit: AuditInput,
  ): Promise<Device | undefined>;
  findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined>;
  /** Sets last_seen_day, and `waiting` when given (a no-op when both already hold those). */
  touchDevice(id: string, day: string, waiting?: number): Promise<void>;
  listDevices(): Promise<Device[]>;
  revokeDevice(id: string, audit: AuditInput): Promise<'revoked' | 'already_revoked' | 'not_found'>;

  getConfig(): Promise<StoredConfig | undefined>;
  /** 'stale' (nothing written) unless `config.version` is above the current one. */
  publishConfig(
    config: StoredConfig,
    day: string,
    audit: AuditInput,
  ): Promise<'published' | 'stale'>;

  /**
   * Stores a validated batch in ONE transaction, committed (durably) before the promise
   * resolves. Per record, in input order: 'stored' (new id), 'duplicate' (same id,
   * byte-identical fields), 'conflict' (same id, other content; not stored). A repeated id
   * within the batch is compared with the first. Also sets the device's last_seen_day, and
   * its waiting count when given.
   */
  storeBatch(
    records: readonly SealedRecord[],
    deviceId: string,
    day: string,
    waiting?: number,
  ): Promise<RecordStatus[]>;
  /** Records with seq > after, oldest first. */
  listRecords(after: number, limit: number): Promise<StoredRecordRow[]>;

  appendAudit(entry: AuditInput): Promise<number>;
  /** Entries with seq > after, oldest first. */
  listAudit(after: number, limit: number): Promise<AuditEntry[]>;

  close(): Promise<void>;
}
