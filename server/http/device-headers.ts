// Headers a device sends beside its requests. Advisory only: a malformed value is ignored,
// never an error, so a device with a bug still syncs.
import type { Context } from 'hono';

export const WAITING_HEADER = 'Hearth-Waiting';
const COUNT = /^(0|[1-9]\d{0,8})$/;

/**
 * `Hearth-Waiting: <n>`: records still waiting in the device's outbox besides the ones in this
 * request. Undefined when absent or not a plain whole number below a billion.
 */
export function readWaitingHeader(c: Context): number | undefined {
  const value = c.req.header(WAITING_HEADER)?.trim();
  return value !== undefined && COUNT.test(value) ? Number(value) : undefined;
}
