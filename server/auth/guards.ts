// Who may call what. Devices: `Authorization: Bearer <token>`. Coordinators: the session cookie,
// and for writes an Origin header equal to the server's own origin (design §6). Guards throw
// ApiError; the app's onError turns it into the JSON error.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '../../protocol/api';
import { ApiError } from '../errors';
import type { AppEnv, Deps } from '../http/context';
import { secretHash } from './secrets';

export const SESSION_COOKIE = 'hearth_session';
const TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, base64url

/**
 * The origin browsers see for this server: HEARTH_PUBLIC_ORIGIN when set (behind a TLS proxy),
 * else the request's own, with the scheme from X-Forwarded-Proto when a proxy sent one.
 */
export function ownOrigin(c: Context, deps: Deps): string {
  if (deps.publicOrigin !== undefined) return deps.publicOrigin;
  const url = new URL(c.req.url);
  const forwarded = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme =
    forwarded === 'https' || forwarded === 'http' ? forwarded : url.protocol.slice(0, -1);
  return `${scheme}://${url.host}`;
}

/**
 * Refuses a write whose Origin is another site's. `required`: also refuse a write without
 * Origin (every browser sends it on POST/PUT/DELETE, so only cookie-less clients omit it).
 */
export function originGuard(deps: Deps, required: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkOrigin(c, deps, required);
    await next();
  };
}

function checkOrigin(c: Context, deps: Deps, required: boolean): void {
  const origin = c.req.header('Origin');
  if (origin === undefined ? required : origin !== ownOrigin(c, deps)) {
    throw new ApiError(403, 'bad_origin', 'This request must come from the Hearth app itself.');
  }
}

async function signedInCoordinator(
  c: Context<AppEnv>,
  deps: Deps,
  roles: readonly Role[],
): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token === undefined || token === '') {
    throw new ApiError(401, 'unauthenticated', 'Sign in first.');
  }
  // A cookie the server no longer knows: it expired, was signed out elsewhere, or was never
  // valid. The browser says so plainly rather than "sign in first".
  const coordinator = TOKEN.test(token)
    ? await deps.store.findSession(secretHash(token), deps.now(), deps.limits.session)
    : undefined;
  if (coordinator === undefined) {
    throw new ApiError(401, 'session_expired', 'Your session has ended. Sign in again.');
  }
  if (!roles.includes(coordinator.role)) {
    throw new ApiError(403, 'forbidden', 'Your role does not allow this.');
  }
  c.set('coordinator', coordinator);
}

async function enrolledDevice(c: Context<AppEnv>, deps: Deps, header: string): Promise<void> {
  const match = /^Bearer ([^\s]+)$/.exec(header);
  const token = match?.[1];
  const device =
    token !== undefined && TOKEN.test(token)
      ? await deps.store.findDeviceByTokenHash(secretHash(token))
      : undefined;
  if (device === undefined) {
    throw new ApiError(401, 'unauthenticated', 'This device is not enrolled with this server.');
  }
  if (device.revoked) {
    throw new ApiError(403, 'device_revoked', 'This device has been revoked by a coordinator.');
  }
  c.set('device', device);
}

const ANY_ROLE: readonly Role[] = ['admin', 'reviewer'];

/** A signed-in coordinator with one of `roles`. */
export function coordinatorGuard(deps: Deps, roles = ANY_ROLE): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await signedInCoordinator(c, deps, roles);
    await next();
  };
}

/** Origin check, then a signed-in coordinator: every cookie-authenticated write. */
export function coordinatorWriteGuard(deps: Deps, roles = ANY_ROLE): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkOrigin(c, deps, true);
    await signedInCoordinator(c, deps, roles);
    await next();
  };
}

/** An enrolled, unrevoked device. */
export function deviceGuard(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await enrolledDevice(c, deps, c.req.header('Authorization') ?? '');
    await next();
  };
}

/** A device when an Authorization header is present, else a signed-in coordinator. */
export function deviceOrCoordinatorGuard(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header !== undefined) await enrolledDevice(c, deps, header);
    else await signedInCoordinator(c, deps, ANY_ROLE);
    await next();
  };
}
