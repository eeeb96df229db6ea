import { describe, expect, it } from 'vitest';
import { decodedLength, fromBase64url, toBase64url } from '../../../protocol/base64url';

// The wire's only binary encoding: exact round trips, and strictness (one spelling per value).

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

  it.each([
    ['padding', 'AAE=', 'invalid character'],
    ['the standard alphabet', 'ab+/', 'invalid character'],
    ['whitespace', 'AAEC AwQ', 'invalid character'],
    ['a non-ASCII character', 'AAé', 'invalid character'],
    ['an impossible length', 'AAAAA', 'impossible length'],
    ['stray bits after two characters', 'AB', 'non-canonical ending'],
    ['stray bits after three characters', 'AAB', 'non-canonical ending'],
  ])('refuses %s', (_what, text, message) => {
    expect(() => fromBase64url(text)).toThrow(message);
  });
});
