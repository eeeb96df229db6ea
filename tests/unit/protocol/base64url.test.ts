import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodedLength, fromBase64url, toBase64url } from '../../../protocol/base64url';

// The wire's only binary encoding: exact round trips, and strictness (one spelling per value).

const REFUSED = [
  ['padding', 'AAE=', 'invalid character'],
  ['the standard alphabet', 'ab+/', 'invalid character'],
  ['whitespace', 'AAEC AwQ', 'invalid character'],
  ['whitespace that keeps the length', 'AAECAw Q', 'invalid character'],
  ['a non-ASCII character', 'AAé', 'invalid character'],
  ['an impossible length', 'AAAAA', 'impossible length'],
  ['stray bits after two characters', 'AB', 'non-canonical ending'],
  ['stray bits after three characters', 'AAB', 'non-canonical ending'],
] as const;

describe('base64url', () => {
  it('round-trips every length from 0 to 80 bytes, matching Node’s encoder', () => {
    for (let n = 0; n <= 80; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodedLength(text)).toBe(n);
      expect(fromBase64url(text)).toEqual(bytes);
    }
  });

  it.each(REFUSED)('refuses %s', (_what, text, message) => {
    expect(() => fromBase64url(text)).toThrow(message);
  });
});

/**
 * Browsers decode with Uint8Array.fromBase64, which Node 20 lacks. This stand-in is as lax as
 * the platform's (whitespace skipped, '=' padding and loose last chunks accepted, only other
 * characters refused), so the strict rules layered on it are tested here; the bench opens
 * 100 000 records through the real one in Chromium.
 */
function laxFromBase64(text: string, options: { alphabet: string }): Uint8Array {
  expect(options.alphabet).toBe('base64url');
  const compact = text.replace(/[\t\n\f\r ]/g, '');
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(compact)) throw new SyntaxError('invalid character');
  const data = compact.replace(/=+$/, '');
  if (data.length % 4 === 1) throw new SyntaxError('bad length');
  return new Uint8Array(Buffer.from(data, 'base64url'));
}

describe('base64url with the platform decoder', () => {
  let decode: typeof fromBase64url;
  const platform = Uint8Array as unknown as { fromBase64?: typeof laxFromBase64 };
  beforeAll(async () => {
    platform.fromBase64 = vi.fn(laxFromBase64);
    vi.resetModules();
    ({ fromBase64url: decode } = await import('../../../protocol/base64url'));
  });
  afterAll(() => {
    delete platform.fromBase64;
  });

  it('uses it, and round-trips every length from 0 to 80 bytes', () => {
    for (let n = 0; n <= 80; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      expect(decode(toBase64url(bytes))).toEqual(bytes);
    }
    expect(platform.fromBase64).toHaveBeenCalled();
  });

  it.each(REFUSED)('still refuses %s', (_what, text, message) => {
    expect(() => decode(text)).toThrow(message);
  });
});
