// In-memory token buckets: a burst of `capacity`, refilled at `perSecond`. Per process; with
// several app servers behind a balancer each enforces its own share, which is good enough for
// flood protection (sign-in lockout, which must hold across servers, lives in the Store).

export interface BucketLimit {
  capacity: number;
  perSecond: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: BucketLimit,
    private readonly now: () => number,
  ) {}

  /** Takes one token for `key`: 0 when allowed, else the seconds to wait (≥ 1). */
  take(key: string): number {
    const now = this.now();
    const { capacity, perSecond } = this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (this.buckets.size > 10_000) this.sweep(now);
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  /** Forgets buckets that have refilled completely (they behave like new ones). */
  private sweep(now: number): void {
    const { capacity, perSecond } = this.limit;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * perSecond >= capacity) this.buckets.delete(key);
    }
  }
}
