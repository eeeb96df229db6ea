import {
  ApiErrorBody,
  AuditPostRequest,
  CoordinatorsResponse,
  KeyringResponse,
  Ok,
  SessionResponse,
  SetupStatus,
  type AddCoordinatorRequest,
  type CoordinatorInfo,
  type CoordinatorListItem,
  type SetupRequest,
} from '../../../protocol/api';
import { fromBase64url } from '../../../protocol/base64url';
import { ConfigResponse } from '../../../protocol/api';
import { ConfigPayload } from '../../../protocol/config';
import { verifyPayload } from '../../crypto';
import { ApiFailure, coordinatorJson, coordinatorSend } from '../api';
import type { PublishedConfig } from '../workspace';

// The access screens' calls to /api/v1. Most go through coordinatorJson (a 401 there means the
// session ended); sign-in reads the response itself because a 429 carries Retry-After.

export async function isInitialised(): Promise<boolean> {
  return (await coordinatorJson('/setup', SetupStatus)).initialised;
}

export async function postSetup(body: SetupRequest): Promise<void> {
  await coordinatorSend('/setup', { method: 'POST', body });
}

/** Who is signed in, or null when nobody is (401). */
export async function currentSession(): Promise<CoordinatorInfo | null> {
  try {
    return (await coordinatorJson('/session', SessionResponse)).coordinator;
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 401) return null;
    throw e;
  }
}

/** "in 3 minutes (at 14:32)" for a Retry-After in seconds. */
export function retryWhen(seconds: number, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const at = new Date(now.getTime() + seconds * 1000);
  const clock = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} (at ${clock})`;
}

/** Signs in; throws ApiFailure with a message fit to show (429 says when to try again). */
export async function signIn(email: string, password: string): Promise<CoordinatorInfo> {
  let res: Response;
  try {
    res = await fetch('/api/v1/session', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'The server cannot be reached. Check the connection.');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok) {
    const parsed = SessionResponse.safeParse(body);
    if (parsed.success) return parsed.data.coordinator;
    throw new ApiFailure(
      res.status,
      'bad_response',
      'The server sent an answer Hearth does not understand.',
    );
  }
  const error = ApiErrorBody.safeParse(body);
  const code = error.success ? error.data.error.code : 'http_error';
  let message = error.success ? error.data.error.message : `The server answered ${res.status}.`;
  if (res.status === 429) {
    const seconds = Number(res.headers.get('Retry-After'));
    message = `Too many failed sign-ins for this e-mail address. Try again ${
      Number.isFinite(seconds) && seconds > 0 ? retryWhen(seconds) : 'later'
    }.`;
  }
  throw new ApiFailure(res.status, code, message);
}

export async function signOut(): Promise<void> {
  await coordinatorSend('/session', { method: 'DELETE' });
}

export function fetchKeyring(): Promise<KeyringResponse> {
  return coordinatorJson('/keyring', KeyringResponse);
}

/**
 * The newest published config, checked against the partnership signing key (a server cannot
 * show coordinators a config the partnership did not sign); null before the first publish.
 */
export async function fetchConfig(keyring: KeyringResponse): Promise<PublishedConfig | null> {
  let res: ConfigResponse;
  try {
    res = await coordinatorJson('/config', ConfigResponse);
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return null;
    throw e;
  }
  const signed = { payload: res.payload, signature: res.signature, version: res.version };
  const valid =
    res.signingPublicKey === keyring.signingPublicKey &&
    (await verifyPayload(fromBase64url(keyring.signingPublicKey), res.payload, res.signature));
  const payload = valid ? ConfigPayload.safeParse(parseOrUndefined(res.payload)) : undefined;
  if (!payload?.success) {
    throw new ApiFailure(
      200,
      'bad_config',
      'The published config is not signed by the partnership key. Publish it again from Settings.',
    );
  }
  return { signed, payload: payload.data };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Replaces the signed-in coordinator's own wrapped copy of the keys. */
export async function putWrapped(wrapped: string): Promise<void> {
  await coordinatorJson('/keyring/wrapped', Ok, { method: 'PUT', body: { wrapped } });
}

export async function postAudit(body: AuditPostRequest): Promise<void> {
  await coordinatorSend('/audit', { method: 'POST', body: AuditPostRequest.parse(body) });
}

export async function listCoordinators(): Promise<CoordinatorListItem[]> {
  return (await coordinatorJson('/coordinators', CoordinatorsResponse)).coordinators;
}

export async function addCoordinator(body: AddCoordinatorRequest): Promise<CoordinatorInfo> {
  return (await coordinatorJson('/coordinators', SessionResponse, { method: 'POST', body }))
    .coordinator;
}
