import type * as z from 'zod/mini';
import { ApiErrorBody } from '../../protocol/api';

// Talking to the partnership endpoint from the device: one place that turns HTTP answers
// into either parsed JSON or an ApiFailure a screen can explain.

export class ApiFailure extends Error {
  constructor(
    /** 0 when the server could not be reached at all. */
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function apiRequest(
  path: string,
  init: RequestInit & { token?: string } = {},
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  let res: Response;
  try {
    res = await fetchImpl(path, { ...init, headers, cache: 'no-store' });
  } catch {
    throw new ApiFailure(0, 'network', 'The server cannot be reached. Check the connection.');
  }
  if (res.ok || res.status === 304) return res;
  let code = 'http_error';
  let message = `The server answered ${res.status}.`;
  try {
    const body = ApiErrorBody.safeParse(await res.json());
    if (body.success) ({ code, message } = body.data.error);
  } catch {
    // Not JSON (a proxy's error page, say): keep the generic message.
  }
  throw new ApiFailure(res.status, code, message);
}

/** Parse a successful JSON answer with `schema`, or fail clearly. */
export async function parseJson<T>(res: Response, schema: z.ZodMiniType<T>): Promise<T> {
  const parsed = schema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiFailure(
      res.status,
      'bad_response',
      'The server sent an answer Hearth does not understand.',
    );
  }
  return parsed.data;
}
