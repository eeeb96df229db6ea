// Building blocks of the bad-input corpus (bad-input-corpus.ts): the case type, the endpoints
// with a valid body each, generic garbage for any JSON endpoint, and one-field breakers.
import type { SealedRecord } from '../../../protocol/sealed-record';

export type Auth = 'none' | 'admin' | 'device';
export interface BadRequest {
  /** 'fresh': a server before setup (only setup accepts bodies there); 'ready': set up. */
  server: 'fresh' | 'ready';
  method: string;
  url: string;
  auth: Auth;
  /** Raw body; a non-string value is JSON-encoded. */
  body?: unknown;
  contentType?: string | null;
}
export type Case = [name: string, request: BadRequest, status: number, code: string];

export interface Bases {
  setup: Record<string, unknown>;
  config: { payload: string; signature: string };
  /** A config body signed correctly but for version 1, already published. */
  staleConfig: { payload: string; signature: string };
  /** Signed correctly, but its payload names another encryption key. */
  foreignKeyConfig: { payload: string; signature: string };
  records: SealedRecord[];
  /** A sealed record for another partnership's key. */
  foreignRecord: SealedRecord;
}

export const DELETE = Symbol('delete');
/** A deep copy of `base` with the value at `path` (dotted) replaced, or deleted. */
function set(base: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return copy;
}

export const b64u = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64url');
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
export const KiB = 1024;

interface Endpoint {
  name: string;
  server: 'fresh' | 'ready';
  method: string;
  url: string;
  auth: Auth;
  valid: unknown;
  invalidCode: string;
  maxBytes: number;
  /** `{}` is a valid body (every field optional). */
  emptyIsValid?: true;
}

/** The same garbage for every JSON endpoint. */
export function generic(e: Endpoint): Case[] {
  const req = (body: unknown, contentType?: string | null): BadRequest => ({
    server: e.server,
    method: e.method,
    url: e.url,
    auth: e.auth,
    body,
    ...(contentType === undefined ? {} : { contentType }),
  });
  const json = (name: string, text: string): Case => [
    `${e.name}: ${name}`,
    req(text),
    400,
    'invalid_json',
  ];
  const shape = (name: string, body: unknown): Case => [
    `${e.name}: ${name}`,
    req(body),
    400,
    e.invalidCode,
  ];
  const media = (type: string | null): Case => [
    `${e.name}: content type ${String(type)}`,
    req(JSON.stringify(e.valid), type),
    415,
    'unsupported_media_type',
  ];
  return [
    json('empty body', ''),
    json('whitespace only', '   \n'),
    json('unterminated object', '{'),
    json('truncated value', '{"a":'),
    json('single quotes', "{'a':1}"),
    json('trailing comma', '{"a":1,}'),
    json('two values', '{}{}'),
    json('bare word', 'undefined'),
    json('NaN', 'NaN'),
    json('byte-order mark', '\ufeff{}'),
    json('NUL byte', '\u0000'),
    [
      `${e.name}: invalid UTF-8`,
      req(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
      400,
      'invalid_json',
    ],
    shape('null', 'null'),
    shape('array', '[]'),
    shape('number', '1'),
    shape('string', '"hello"'),
    shape('boolean', 'true'),
    ...(e.emptyIsValid ? [] : [shape('empty object', '{}')]),
    shape('deeply nested arrays', deep(Math.min(5000, e.maxBytes / 2 - 1))),
    shape('unknown field', { ...(e.valid as object), surplus: 1 }),
    shape(
      '__proto__ key',
      JSON.stringify(e.valid).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    ),
    shape(
      'constructor.prototype key',
      JSON.stringify(e.valid).replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},'),
    ),
    [
      `${e.name}: over the size limit`,
      req(JSON.stringify({ pad: 'x'.repeat(e.maxBytes) })),
      413,
      'too_large',
    ],
    media('text/plain'),
    media(null),
    media('application/x-www-form-urlencoded'),
    media('multipart/form-data; boundary=x'),
    media('application/json; charset=latin1'),
  ];
}

/** One broken field at a time: [name, path, value]. */
export function fields(
  e: Endpoint,
  list: [string, string, unknown][],
  status = 400,
  code = e.invalidCode,
): Case[] {
  return list.map(([name, path, value]) => [
    `${e.name}: ${name}`,
    {
      server: e.server,
      method: e.method,
      url: e.url,
      auth: e.auth,
      body: set(e.valid, path, value),
    },
    status,
    code,
  ]);
}

/** Every JSON endpoint with a valid body to break. */
export function endpoints(bases: Bases, batch: unknown) {
  return {
    setup: {
      name: 'setup',
      server: 'fresh',
      method: 'POST',
      url: '/api/v1/setup',
      auth: 'none',
      valid: bases.setup,
      invalidCode: 'invalid_body',
      maxBytes: 80 * KiB,
    },
    session: {
      name: 'sign-in',
      server: 'ready',
      method: 'POST',
      url: '/api/v1/session',
      auth: 'none',
      valid: { email: 'a@b.org', password: 'x'.repeat(12) },
      invalidCode: 'invalid_body',
      maxBytes: 16 * KiB,
    },
    config: {
      name: 'put config',
      server: 'ready',
      method: 'PUT',
      url: '/api/v1/config',
      auth: 'admin',
      valid: bases.config,
      invalidCode: 'invalid_body',
      maxBytes: 8 * KiB * KiB,
    },
    codes: {
      name: 'enrolment code',
      server: 'ready',
      method: 'POST',
      url: '/api/v1/enrolment-codes',
      auth: 'admin',
      valid: { label: 'Tablet', expiresInHours: 24 },
      invalidCode: 'invalid_body',
      maxBytes: 16 * KiB,
      emptyIsValid: true,
    },
    enrol: {
      name: 'enrol',
      server: 'ready',
      method: 'POST',
      url: '/api/v1/devices/enrol',
      auth: 'none',
      valid: { code: 'ABCDE-FGHJK', name: 'Tablet' },
      invalidCode: 'invalid_body',
      maxBytes: 16 * KiB,
    },
    batches: {
      name: 'batch',
      server: 'ready',
      method: 'POST',
      url: '/api/v1/batches',
      auth: 'device',
      valid: batch,
      invalidCode: 'invalid_batch',
      maxBytes: 2 * KiB * KiB,
    },
    coordinators: {
      name: 'add coordinator',
      server: 'ready',
      method: 'POST',
      url: '/api/v1/coordinators',
      auth: 'admin',
      valid: {
        email: 'new.reviewer@example.org',
        password: 'a long enough password',
        role: 'reviewer',
        wrapped: 'handover-wrapped-keys',
      },
      invalidCode: 'invalid_body',
      maxBytes: 144 * KiB,
    },
    wrapped: {
      name: 'put wrapped keys',
      server: 'ready',
      method: 'PUT',
      url: '/api/v1/keyring/wrapped',
      auth: 'admin',
      valid: { wrapped: 'rewrapped-under-a-new-passphrase' },
      invalidCode: 'invalid_body',
      maxBytes: 144 * KiB,
    },
    audit: {
      name: 'audit',
      server: 'ready',
      method: 'POST',
      url: '/api/v1/audit',
      auth: 'admin',
      valid: { action: 'key_unlocked', detail: { source: 'test' } },
      invalidCode: 'invalid_body',
      maxBytes: 16 * KiB,
    },
  } satisfies Record<string, Endpoint>;
}
