import type * as z from 'zod/mini';
import { ApiFailure, apiRequest, parseJson } from '../device/api';

// Coordinator calls to the endpoint: same origin, so the browser sends the session cookie and
// the Origin header the server checks on writes. A 401 anywhere means the session ended
// (expired or signed out elsewhere): listeners (the workspace shell) send the person back to
// sign-in with a message that says so, instead of each screen failing on its own.

export { ApiFailure };

type Listener = () => void;
const expiredListeners = new Set<Listener>();

/** Called whenever a coordinator request answers 401; returns an unsubscribe function. */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

/** A 401 means the server no longer knows this session: everyone listening is told. */
export function endOnUnauthenticated(e: unknown): void {
  if (e instanceof ApiFailure && e.status === 401) {
    for (const listener of expiredListeners) listener();
  }
}

export interface CoordinatorRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, req: CoordinatorRequest): Promise<Response> {
  try {
    return await apiRequest(`/api/v1${path}`, {
      method: req.method ?? 'GET',
      credentials: 'same-origin',
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      ...(req.signal ? { signal: req.signal } : {}),
    });
  } catch (e) {
    if (path !== '/session') endOnUnauthenticated(e);
    throw e;
  }
}

/** A JSON answer parsed with `schema`; throws ApiFailure with the server's code and message. */
export async function coordinatorJson<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  req: CoordinatorRequest = {},
): Promise<T> {
  return parseJson(await send(path, req), schema);
}

/** For answers without a body worth reading (204, or 201 whose body is ignored). */
export async function coordinatorSend(path: string, req: CoordinatorRequest): Promise<void> {
  await send(path, req);
}

/**
 * The body of a successful answer as text, for large answers parsed off the main thread or
 * kept as they came (the review pipeline's record pages); errors as in coordinatorJson.
 */
export async function coordinatorText(path: string, req: CoordinatorRequest = {}): Promise<string> {
  return (await send(path, req)).text();
}

/**
 * Tells the server the person is still here, so its idle expiry restarts while they review
 * locally (which makes no server calls). A 401 ends the session here too; being offline is
 * not an error.
 */
export async function keepSessionAlive(): Promise<void> {
  try {
    await apiRequest('/api/v1/session', { credentials: 'same-origin' });
  } catch (e) {
    endOnUnauthenticated(e);
  }
}
