// Coordinator sign-in and sign-out: an HttpOnly, SameSite=Strict session cookie whose token the
// database keeps only as a hash. Repeated failures for an e-mail lock it for a while (429).
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SignInRequest } from '../../protocol/api';
import { coordinatorGuard, originGuard, ownOrigin, SESSION_COOKIE } from '../auth/guards';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords';
import { randomToken, secretHash } from '../auth/secrets';
import { ApiError, rateLimited } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readJson } from '../http/json-body';

export function sessionRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;

  app.get('/session', coordinatorGuard(deps), (c) => {
    const { id, email, role } = c.get('coordinator');
    return c.json({ coordinator: { id, email, role } });
  });

  app.post('/session', originGuard(deps, false), async (c) => {
    if (!(await store.isInitialised())) {
      throw new ApiError(409, 'not_initialised', 'This server has not been set up yet.');
    }
    const body = await readJson(c, SignInRequest);
    const email = body.email.trim().toLowerCase();
    const key = secretHash(`sign-in:${email}`);
    const now = deps.now();
    const lockedUntil = await store.signInLockedUntil(key, now);
    if (lockedUntil !== undefined) {
      throw rateLimited((lockedUntil - now) / 1000, 'Too many failed sign-ins; try again later.');
    }

    const coordinator = await store.findCoordinatorByEmail(email);
    // An unknown e-mail costs the same scrypt as a wrong password.
    const matches = await verifyPassword(
      body.password,
      coordinator?.passwordHash ?? (await dummyPasswordHash()),
    );
    const day = today(deps);
    if (coordinator === undefined || !matches) {
      const locked = await store.recordSignInFailure(key, now, deps.limits.signIn);
      await store.appendAudit({
        day,
        actor: coordinator === undefined ? 'unknown' : `coordinator:${coordinator.id}`,
        action: 'sign_in_failed',
        detail: { locked: locked !== undefined },
      });
      throw new ApiError(
        401,
        'invalid_credentials',
        'The e-mail address or password is not right.',
      );
    }

    await store.clearSignInFailures(key);
    const token = randomToken();
    const { maxMs } = deps.limits.session;
    await store.createSession(secretHash(token), coordinator.id, now + maxMs, now);
    await store.appendAudit({
      day,
      actor: `coordinator:${coordinator.id}`,
      action: 'sign_in',
      detail: {},
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: Math.floor(maxMs / 1000),
      secure: ownOrigin(c, deps).startsWith('https:'),
    });
    const { id, role } = coordinator;
    return c.json({ coordinator: { id, email: coordinator.email, role } });
  });

  // Signing out is idempotent: 204 with or without a live session.
  app.delete('/session', originGuard(deps, true), async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined) {
      const hash = secretHash(token);
      const coordinator = await store.findSession(hash, deps.now(), deps.limits.session);
      await store.deleteSession(hash);
      if (coordinator !== undefined) {
        await store.appendAudit({
          day: today(deps),
          actor: `coordinator:${coordinator.id}`,
          action: 'sign_out',
          detail: {},
        });
      }
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict' });
    return c.body(null, 204);
  });

  return app;
}
