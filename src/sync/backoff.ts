// When to try again (design §7): exponential backoff with jitter, capped at 5 minutes, and
// the server's own `Retry-After` where it sends one.

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
/** A `Retry-After` further out than this is treated as this (a misconfigured proxy). */
export const RETRY_AFTER_MAX_MS = 60 * 60_000;

/**
 * Delay before attempt number `attempts + 1`, after `attempts` (≥ 1) consecutive failures:
 * "equal jitter" over 2 s, 4 s, 8 s … capped at 5 min, i.e. uniformly within
 * [ceiling / 2, ceiling]. Each ceiling is the next one's floor, so delays never shrink
 * below the cap; the jitter keeps tablets that lost the network together from all coming
 * back at the same moment.
 * `random` returns a number in [0, 1).
 */
export function backoffDelay(attempts: number, random: () => number): number {
  const n = Math.max(1, Math.floor(attempts));
  // 2^n overflows to Infinity long after the cap; Math.min keeps the result finite.
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (n - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

/**
 * The absolute time (epoch ms) a `Retry-After` header asks for: delta-seconds or an
 * HTTP-date. A date in the past means "now"; anything unparseable gives undefined; anything
 * beyond an hour is clamped to an hour.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  let at: number;
  if (/^\d+$/.test(value)) {
    at = now + Number(value) * 1000;
  } else {
    // An HTTP-date always names a month ("Wed, 21 Oct 2015 07:28:00 GMT"); this keeps
    // Date.parse's leniency from reading "1.5" as a date.
    const date = /[A-Za-z]{3}/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(date)) return undefined;
    at = Math.max(now, date);
  }
  return Math.min(at, now + RETRY_AFTER_MAX_MS);
}
