// Query strings of paged GETs: each parameter at most once, checked by a strict zod schema.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ApiError } from '../errors';
import { issues } from './json-body';

export function readQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.infer<S> {
  const single: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.length !== 1) {
      throw new ApiError(400, 'invalid_query', 'Each query parameter may appear once.', [
        { path: name.slice(0, 40), message: 'repeated' },
      ]);
    }
    single[name] = values[0]!;
  }
  const result = schema.safeParse(single);
  if (!result.success) {
    throw new ApiError(
      400,
      'invalid_query',
      'The query string is not valid.',
      issues(result.error),
    );
  }
  return result.data;
}

/** `next` for a page fetched with one row more than `limit`: the last seq shown, if more exist. */
export function pageOf<T extends { seq: number }>(
  rows: T[],
  limit: number,
): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? String(items.at(-1)!.seq) : null };
}
