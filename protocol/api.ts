import * as z from 'zod/mini';
import { Kid, PublicKeyRaw, SignedConfig } from './config';
import { Day } from './day';
import { SealedRecord } from './sealed-record';

// Request and response bodies of every /api/v1 endpoint (design §6, Appendix A). The server
// validates requests with these; clients may validate responses with them. Objects are strict:
// an unknown field is an error, never silently dropped.

// ── Shared pieces ────────────────────────────────────────────────────────────────────────────

export const Role = z.enum(['admin', 'reviewer']);
export type Role = z.infer<typeof Role>;

/** Plain text a person typed: no control characters (tabs and newlines excepted). */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

function text(min: number, max: number) {
  return z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine((s) => !hasControlCharacter(s), 'must not contain control characters'),
  );
}

export const Email = z.email().check(z.maxLength(254));
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
/** The opaque, passphrase-wrapped private keys; the server stores and returns it, never parses it. */
export const MAX_WRAPPED_CHARS = 64 * 1024;

export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;
export const MAX_RECORDS_PAGE = 5000;
export const DEFAULT_RECORDS_PAGE = 1000;
export const MAX_AUDIT_PAGE = 1000;
export const DEFAULT_AUDIT_PAGE = 500;

/** Every error answer: `{ error: { code, message, details? } }`. */
export const ApiErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.unknown()),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** `details` of invalid_body / invalid_batch / invalid_query: where and what. */
export const ValidationIssue = z.strictObject({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const Ok = z.strictObject({ ok: z.literal(true) });

// ── Setup and sign-in (coordinator) ──────────────────────────────────────────────────────────

/** `POST /api/v1/setup` → 201 `Ok`; 409 already_initialised. */
export const SetupRequest = z.strictObject({
  partnershipName: text(1, 200),
  admin: z.strictObject({
    email: Email,
    password: z.string().check(z.minLength(MIN_PASSWORD_LENGTH), z.maxLength(MAX_PASSWORD_LENGTH)),
  }),
  keyring: z.strictObject({
    encryptionPublicKey: PublicKeyRaw,
    signingPublicKey: PublicKeyRaw,
    wrapped: z.string().check(z.minLength(1), z.maxLength(MAX_WRAPPED_CHARS)),
  }),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

/** `GET /api/v1/setup` → whether the first-run wizard is still needed. */
export const SetupStatus = z.strictObject({ initialised: z.boolean() });

/** `POST /api/v1/session` → 200 `SessionResponse` + cookie; 401 invalid_credentials; 429. */
export const SignInRequest = z.strictObject({
  email: z.string().check(z.minLength(1), z.maxLength(254)),
  password: z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH)),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const CoordinatorInfo = z.strictObject({ id: z.string(), email: z.string(), role: Role });
export type CoordinatorInfo = z.infer<typeof CoordinatorInfo>;

/** Also the answer of `GET /api/v1/session` (who is signed in). */
export const SessionResponse = z.strictObject({ coordinator: CoordinatorInfo });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** `GET /api/v1/keyring`. */
export const KeyringResponse = z.strictObject({
  encryptionPublicKey: PublicKeyRaw,
  kid: Kid,
  signingPublicKey: PublicKeyRaw,
  wrapped: z.string(),
});
export type KeyringResponse = z.infer<typeof KeyringResponse>;

/** `PUT /api/v1/keyring/wrapped` (the signed-in coordinator's own copy) → 200 `Ok`. */
export const PutWrappedRequest = z.strictObject({
  wrapped: z.string().check(z.minLength(1), z.maxLength(MAX_WRAPPED_CHARS)),
});
export type PutWrappedRequest = z.infer<typeof PutWrappedRequest>;

// ── Coordinators ─────────────────────────────────────────────────────────────────────────────

/**
 * `POST /api/v1/coordinators` (admin) → 201 `SessionResponse`-shaped `{ coordinator }`;
 * 409 email_taken. `wrapped` is the partnership's private keys wrapped in the admin's
 * browser under a one-time hand-over passphrase, given to the new coordinator in person.
 */
export const AddCoordinatorRequest = z.strictObject({
  email: Email,
  password: z.string().check(z.minLength(MIN_PASSWORD_LENGTH), z.maxLength(MAX_PASSWORD_LENGTH)),
  role: Role,
  wrapped: z.string().check(z.minLength(1), z.maxLength(MAX_WRAPPED_CHARS)),
});
export type AddCoordinatorRequest = z.infer<typeof AddCoordinatorRequest>;

export const CoordinatorListItem = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: Role,
  addedDay: Day,
});
export type CoordinatorListItem = z.infer<typeof CoordinatorListItem>;

/** `GET /api/v1/coordinators` (admin). */
export const CoordinatorsResponse = z.strictObject({ coordinators: z.array(CoordinatorListItem) });
export type CoordinatorsResponse = z.infer<typeof CoordinatorsResponse>;

// ── Signed config ────────────────────────────────────────────────────────────────────────────

/** `PUT /api/v1/config` (admin) → 200 `PutConfigResponse`; 400 invalid_signature; 409 stale_version. */
export const PutConfigRequest = z.strictObject({
  payload: SignedConfig.shape.payload,
  signature: SignedConfig.shape.signature,
});
export type PutConfigRequest = z.infer<typeof PutConfigRequest>;

export const PutConfigResponse = z.strictObject({ version: z.int().check(z.gte(1)) });

/**
 * `GET /api/v1/config` (device or coordinator) → 200 with `ETag: "v<version>"`, 304 on a
 * matching If-None-Match, 404 no_config. `signingPublicKey` lets a device verify the signature;
 * it must check that key's thumbprint against the one it pinned at enrolment.
 */
export const ConfigResponse = z.extend(SignedConfig, { signingPublicKey: PublicKeyRaw });
export type ConfigResponse = z.infer<typeof ConfigResponse>;

// ── Enrolment and devices ────────────────────────────────────────────────────────────────────

export const MIN_CODE_HOURS = 1;
export const MAX_CODE_HOURS = 168;
export const DEFAULT_CODE_HOURS = 24;

/** `POST /api/v1/enrolment-codes` (admin) → 201 `EnrolmentCodeResponse`. */
export const EnrolmentCodeRequest = z.strictObject({
  label: z.optional(text(1, 100)),
  expiresInHours: z.optional(z.int().check(z.gte(MIN_CODE_HOURS), z.lte(MAX_CODE_HOURS))),
});
export type EnrolmentCodeRequest = z.infer<typeof EnrolmentCodeRequest>;

export const EnrolmentCodeResponse = z.strictObject({
  /** Ten characters grouped as `XXXXX-XXXXX`; accepted in any case, with or without the dash. */
  code: z.string(),
  /** ISO 8601. */
  expiresAt: z.string(),
  /** `<origin>/outreach?enrol=<code>&fp=<signingKeyThumbprint>`, for a QR code. */
  enrolUrl: z.string(),
  signingKeyThumbprint: z.string(),
});
export type EnrolmentCodeResponse = z.infer<typeof EnrolmentCodeResponse>;

/** `POST /api/v1/devices/enrol` (no auth) → 201 `EnrolResponse`; 401 invalid_code; 429. */
export const EnrolRequest = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.optional(text(1, 100)),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolResponse = z.strictObject({
  deviceId: z.string(),
  /** Bearer token for every later device request; shown once, stored hashed by the server. */
  token: z.string(),
  partnershipName: z.string(),
  /** b64u(SHA-256(raw signing public key)): pin it, and verify every config against it. */
  signingKeyThumbprint: z.string(),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const DeviceInfo = z.strictObject({
  id: z.string(),
  name: z.string(),
  enrolledDay: Day,
  lastSeenDay: Day,
  revoked: z.boolean(),
  /** Records the device said were still waiting when it last called (header Hearth-Waiting). */
  waiting: z.nullable(z.int().check(z.gte(0))),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

/** `GET /api/v1/devices` (admin or reviewer). `DELETE /api/v1/devices/:id` (admin) → 204. */
export const DevicesResponse = z.strictObject({ devices: z.array(DeviceInfo) });
export type DevicesResponse = z.infer<typeof DevicesResponse>;

// ── Batches and records ──────────────────────────────────────────────────────────────────────

/** `POST /api/v1/batches` (device) → 200 `BatchResponse`; 400 invalid_batch; 401; 403; 413; 429. */
export const BatchRequest = z.strictObject({
  batchId: z.uuid(),
  records: z.array(SealedRecord).check(z.minLength(1), z.maxLength(MAX_BATCH_RECORDS)),
});
export type BatchRequest = z.infer<typeof BatchRequest>;

export const RecordStatus = z.enum(['stored', 'duplicate', 'conflict']);
export type RecordStatus = z.infer<typeof RecordStatus>;

/** `results` are in the order of the request's `records`. */
export const BatchResponse = z.strictObject({
  batchId: z.string(),
  results: z.array(z.strictObject({ id: z.string(), status: RecordStatus })),
});
export type BatchResponse = z.infer<typeof BatchResponse>;

/** A cursor is the last `seq` seen, as a string of digits. */
export const Cursor = z.string().check(z.regex(/^(0|[1-9]\d{0,14})$/, 'must be a sequence number'));

/** Query string of a paged list: digits only; unknown parameters are refused. */
function pageQuery(max: number) {
  return z.strictObject({
    after: z.optional(Cursor),
    limit: z.optional(
      z.string().check(
        z.regex(/^[1-9]\d{0,5}$/, 'must be a whole number'),
        z.refine((s) => Number(s) <= max, `must be at most ${max}`),
      ),
    ),
  });
}

/** `GET /api/v1/records?after=&limit=` (coordinator); 400 invalid_query. */
export const RecordsQuery = pageQuery(MAX_RECORDS_PAGE);

/**
 * Response header of `GET /records` carrying the body's `next` cursor (absent when `next` is
 * null). Headers arrive before a page's megabytes of body, so a coordinator's browser can ask
 * for the following page while this one is still on its way. Advisory: the body is the truth.
 */
export const RECORDS_NEXT_HEADER = 'Hearth-Next';

export const StoredRecord = z.extend(SealedRecord, {
  seq: z.int().check(z.gte(1)),
  receivedDay: Day,
});
export type StoredRecord = z.infer<typeof StoredRecord>;

/** `next` is null when there is nothing more right now; poll later with the last `seq`. */
export const RecordsResponse = z.strictObject({
  records: z.array(StoredRecord),
  next: z.nullable(Cursor),
});
export type RecordsResponse = z.infer<typeof RecordsResponse>;

// ── Audit ────────────────────────────────────────────────────────────────────────────────────

export const AuditAction = z.enum([
  'setup',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'config_published',
  'enrolment_code_created',
  'device_enrolled',
  'device_revoked',
  'key_unlocked',
  'export_aggregate',
  'export_rows',
  'coordinator_added',
  'passphrase_changed',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** Flat and small: up to 20 keys (camelCase), each a short string, a number, a boolean or null. */
export type AuditDetail = Record<string, string | number | boolean | null>;
const DETAIL_KEY = /^[a-z][A-Za-z0-9]{0,39}$/;

export const AuditDetail = z.custom<AuditDetail>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= 20 &&
    entries.every(
      ([k, v]) =>
        DETAIL_KEY.test(k) &&
        (v === null ||
          typeof v === 'boolean' ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          (typeof v === 'string' && v.length <= 200)),
    )
  );
}, 'detail must be a flat object of up to 20 short camelCase keys with simple values');

/** `POST /api/v1/audit` (coordinator) → 201 `{ seq }`: what the browser did with the keys. */
export const AuditPostRequest = z.strictObject({
  action: z.enum(['key_unlocked', 'export_aggregate', 'export_rows']),
  detail: z.optional(AuditDetail),
});
export type AuditPostRequest = z.infer<typeof AuditPostRequest>;

/** `GET /api/v1/audit?after=&limit=` (admin); 400 invalid_query. */
export const AuditQuery = pageQuery(MAX_AUDIT_PAGE);

export const AuditEntry = z.strictObject({
  seq: z.int(),
  day: Day,
  /** `coordinator:<id>`, `device:<id>` or `unknown` (a failed sign-in for no known account). */
  actor: z.string(),
  action: AuditAction,
  detail: AuditDetail,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditResponse = z.strictObject({
  entries: z.array(AuditEntry),
  next: z.nullable(Cursor),
});
export type AuditResponse = z.infer<typeof AuditResponse>;

/** `GET /api/v1/health`. */
export const HealthResponse = z.strictObject({ ok: z.literal(true), version: z.string() });
