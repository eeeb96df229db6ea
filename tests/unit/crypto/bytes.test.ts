import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8, utf8Into } from '../../../src/crypto/bytes';

// utf8() copies short ASCII itself (record AADs) and leaves everything else to TextEncoder:
// both must give exactly TextEncoder's bytes.
describe('utf8', () => {
  it.each([
    ['empty', ''],
    ['a record AAD', 'hearth/v1|5f0c9a4e-8c1b-4b7e-9a3e-2d6f1c0b7a11|q3Zb0aC4kYyWw1mT7Jt0sQ'],
    ['non-ASCII early', 'ł and more'],
    ['non-ASCII last', 'abc\u0080'],
    ['an emoji', 'ok 👍'],
    ['long ASCII', 'x'.repeat(500)],
    ['long with Arabic', 'م'.repeat(200)],
  ])('%s encodes as TextEncoder does and round-trips', (_what, text) => {
    const bytes = utf8(text);
    expect(bytes).toEqual(new TextEncoder().encode(text));
    expect(bytes.buffer).toBeInstanceOf(ArrayBuffer);
    expect(fromUtf8(bytes)).toBe(text);
  });
});

// utf8Into() writes short ASCII into one scratch buffer (each record's AAD, which WebCrypto
// copies when called) and gives anything else a buffer of its own.
describe('utf8Into', () => {
  const aad = 'hearth/v1|5f0c9a4e-8c1b-4b7e-9a3e-2d6f1c0b7a11|q3Zb0aC4kYyWw1mT7Jt0sQ';

  it('writes ASCII that fits into the scratch buffer and returns a view of it', () => {
    const scratch = new Uint8Array(128);
    const first = utf8Into(scratch, aad);
    expect(first.buffer).toBe(scratch.buffer);
    expect(first).toEqual(new TextEncoder().encode(aad));
    const second = utf8Into(scratch, 'short');
    expect(second.buffer).toBe(scratch.buffer);
    expect(fromUtf8(second)).toBe('short');
  });

  it.each([
    ['non-ASCII', 'ł and more'],
    ['too long for the scratch', 'x'.repeat(129)],
  ])('gives %s text a buffer of its own', (_what, text) => {
    const scratch = new Uint8Array(128);
    const bytes = utf8Into(scratch, text);
    expect(bytes.buffer).not.toBe(scratch.buffer);
    expect(bytes).toEqual(new TextEncoder().encode(text));
    utf8Into(scratch, aad);
    expect(fromUtf8(bytes)).toBe(text);
  });
});
