// Every API error has one shape: { error: { code, message, details? } } (design §6).
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: unknown,
): Response {
  const error: ApiErrorBody['error'] =
    details === undefined ? { code, message } : { code, message, details };
  return c.json({ error }, status);
}

/** Throw from anywhere inside a route; the app's onError turns it into `apiError(...)`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 429 with `Retry-After` in whole seconds (at least 1). */
export function rateLimited(retryAfterSeconds: number, message: string): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError(429, 'rate_limited', message, undefined, { 'Retry-After': String(seconds) });
}

const CODE_FOR_STATUS: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** The app's onError: known errors keep their status; anything else is a bare 500. */
export function handleError(err: unknown, c: Context): Response {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return apiError(c, err.status, err.code, err.message, err.details);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = CODE_FOR_STATUS[err.status] ?? 'bad_request';
    return apiError(c, err.status, code, err.message || code.replace(/_/g, ' '));
  }
  console.error(`[hearth] internal error on ${c.req.method} ${c.req.path}\n${describe(err)}`);
  return apiError(c, 500, 'internal', 'Something went wrong on the server.');
}

/**
 * The error's name and stack frames, without its message: messages can quote input (a
 * JSON.parse error quotes the body it choked on, which may hold a password), and the
 * server never logs request bodies.
 */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return `non-Error thrown (${typeof err})`;
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [err.name, ...frames].join('\n');
}
