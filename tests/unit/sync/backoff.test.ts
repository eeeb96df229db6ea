import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  backoffDelay,
  parseRetryAfter,
  RETRY_AFTER_MAX_MS,
} from '../../../src/sync/backoff';

const NOW = Date.UTC(2026, 2, 1, 9, 0, 0);

describe('backoffDelay', () => {
  it('doubles from 2 s, with equal jitter in [ceiling / 2, ceiling]', () => {
    const ceilings = [2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000];
    ceilings.forEach((ceiling, i) => {
      expect(backoffDelay(i + 1, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(i + 1, () => 0.5)).toBe((ceiling * 3) / 4);
      expect(backoffDelay(i + 1, () => 0.999999)).toBe(ceiling);
    });
  });

  it('is capped at 5 minutes, still with jitter, for any number of attempts', () => {
    for (const attempts of [9, 10, 50, 1_000, 1e9, Infinity]) {
      expect(backoffDelay(attempts, () => 0.999999)).toBe(BACKOFF_CAP_MS);
      expect(backoffDelay(attempts, () => 0)).toBe(BACKOFF_CAP_MS / 2);
    }
    expect(BACKOFF_CAP_MS).toBe(300_000);
  });

  it('stays within bounds for many random draws', () => {
    for (let attempts = 1; attempts <= 12; attempts++) {
      const ceiling = Math.min(BACKOFF_CAP_MS, 2_000 * 2 ** (attempts - 1));
      for (let i = 0; i < 200; i++) {
        const d = backoffDelay(attempts, Math.random);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('treats nonsense attempts as the first and clamps a bad random source', () => {
    expect(backoffDelay(0, () => 0)).toBe(1_000);
    expect(backoffDelay(-3, () => 0)).toBe(1_000);
    expect(backoffDelay(1, () => 7)).toBe(2_000);
    expect(backoffDelay(1, () => -1)).toBe(1_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(NOW + 120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(NOW);
  });

  it('reads an HTTP-date; a past date means now', () => {
    expect(parseRetryAfter(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(NOW + 30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', NOW)).toBe(NOW);
  });

  it('clamps anything further than an hour', () => {
    expect(parseRetryAfter('999999999', NOW)).toBe(NOW + RETRY_AFTER_MAX_MS);
    expect(parseRetryAfter(new Date(NOW + 86_400_000).toUTCString(), NOW)).toBe(
      NOW + RETRY_AFTER_MAX_MS,
    );
  });

  it('ignores what it cannot read', () => {
    for (const bad of [null, undefined, '', '  ', '-5', '1.5', 'soon', 'Foo, 99 Bar 2026']) {
      expect(parseRetryAfter(bad, NOW)).toBeUndefined();
    }
  });
});
