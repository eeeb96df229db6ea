import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../../src/crypto/bytes';

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
