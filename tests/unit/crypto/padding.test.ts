import { describe, expect, it } from 'vitest';
import { pad, unpad } from '../../../src/crypto';

describe('padding', () => {
  it('pads to a multiple of 256 bytes, minimum 256', () => {
    expect(pad(new Uint8Array(0))).toHaveLength(256);
    expect(pad(new Uint8Array(255))).toHaveLength(256);
    expect(pad(new Uint8Array(256))).toHaveLength(512); // always at least one padding byte
    expect(pad(new Uint8Array(600))).toHaveLength(768);
  });

  it('round-trips any content, including content that ends in 0x80 or zeros', () => {
    for (const data of [
      new Uint8Array(0),
      new Uint8Array([0x80]),
      new Uint8Array([1, 2, 0, 0]),
      new Uint8Array(255).fill(0x80),
      new Uint8Array(256).fill(0),
      new Uint8Array(1000).map((_, i) => i % 251),
    ]) {
      expect(Array.from(unpad(pad(data)))).toEqual(Array.from(data));
    }
  });

  it('rejects malformed padding', () => {
    expect(() => unpad(new Uint8Array(0))).toThrow(/padding/);
    expect(() => unpad(new Uint8Array(255))).toThrow(/padding/); // not a whole block
    expect(() => unpad(new Uint8Array(256))).toThrow(/padding/); // all zeros, no marker
    const wrongMarker = new Uint8Array(256);
    wrongMarker[10] = 0x81;
    expect(() => unpad(wrongMarker)).toThrow(/padding/);
    // Non-canonical: a whole block of padding after the marker's block.
    const tooLong = new Uint8Array(512);
    tooLong[100] = 0x80;
    expect(() => unpad(tooLong)).toThrow(/padding/);
  });
});
