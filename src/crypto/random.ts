// Random ids for other modules: only src/crypto may touch the `crypto` global (eslint rule).

/** A random UUID v4 (never v7: a v7 id would carry a timestamp). */
export function randomId(): string {
  return crypto.randomUUID();
}
