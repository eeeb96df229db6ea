// Reading a JSON request body safely: content type first, then size (declared and actual,
// before anything is parsed), then JSON, then the zod schema. Every failure is a 4xx ApiError.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { ValidationIssue } from '../../protocol/api';
import { ApiError } from '../errors';

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const MAX_ISSUES = 20;

export interface BodyOptions {
  maxBytes?: number;
  /** Error code for a schema failure (invalid_body unless the route has its own). */
  invalidCode?: string;
}

export async function readJson<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  opts: BodyOptions = {},
): Promise<z.infer<S>> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(type.trim())) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes = await readLimited(c, maxBytes);
  let value: unknown;
  try {
    // ignoreBOM keeps a byte-order mark in the text, where JSON.parse refuses it (RFC 8259 §8.1).
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    // The parser's message quotes the input; it never goes into the answer or a log.
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const code = opts.invalidCode ?? 'invalid_body';
    throw new ApiError(
      400,
      code,
      'The body does not have the expected shape.',
      issues(result.error),
    );
  }
  return result.data;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'too_large', `The body is larger than ${maxBytes} bytes.`);
}

async function readLimited(c: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = c.req.header('Content-Length');
  if (declared !== undefined && !(Number(declared) <= maxBytes)) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** zod issues as `{ path, message }`, at most MAX_ISSUES, never quoting input values. */
export function issues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describeIssue(issue),
  }));
}

/** zod/mini carries no message catalogue: say what was expected, from the issue itself. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message !== '' && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys
        .slice(0, 5)
        .map((k) => k.slice(0, 40))
        .join(', ')}`;
    case 'too_small':
      return `too ${issue.origin === 'string' || issue.origin === 'array' ? 'short' : 'small'} (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too ${issue.origin === 'string' || issue.origin === 'array' ? 'long' : 'large'} (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'invalid value';
  }
}
