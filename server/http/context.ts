// What every route module gets: the store, the limits, the clock, and the typed per-request
// variables the auth guards set.
import { localDay } from '../../protocol/day';
import type { BucketLimit } from '../auth/rate-limit';
import type { Coordinator, Device, LockoutPolicy, SessionPolicy, Store } from '../store/store';

export interface Limits {
  /** Batches per device: a burst, then a steady rate. */
  batches: BucketLimit;
  /** Enrolment attempts, all devices together. */
  enrol: BucketLimit;
  /** Failed sign-ins per e-mail before a lockout, and its length. */
  signIn: LockoutPolicy;
  /** Coordinator sessions: at most a working day, and ended by an hour without a request. */
  session: SessionPolicy;
}

export const DEFAULT_LIMITS: Limits = {
  batches: { capacity: 20, perSecond: 2 },
  enrol: { capacity: 20, perSecond: 20 / 60 },
  signIn: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  session: { maxMs: 8 * 3_600_000, idleMs: 60 * 60_000 },
};

export interface Deps {
  store: Store;
  limits: Limits;
  /** Epoch ms; tests move it. */
  now: () => number;
  /** The server's own origin when it sits behind a TLS proxy (HEARTH_PUBLIC_ORIGIN). */
  publicOrigin: string | undefined;
}

/** Today, as stored: a day in the server's local time zone, never a time. */
export function today(deps: Deps): string {
  return localDay(new Date(deps.now()));
}

export interface AppEnv {
  Variables: {
    coordinator: Coordinator;
    device: Device;
  };
}
