import { describe, expect, it } from 'vitest';
import { fromBase64url } from '../../../protocol/base64url';
import {
  hashPin,
  PIN_ITERATIONS,
  PinHashSchema,
  pinNeedsRehash,
  verifyPin,
  type PinHash,
} from '../../../src/crypto';

describe('staff PIN', () => {
  it('hashes with PBKDF2-SHA256 and verifies the right PIN only', async () => {
    const stored = await hashPin('482916');
    expect(stored.alg).toBe('pbkdf2-sha256');
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(fromBase64url(stored.salt)).toHaveLength(16);
    expect(fromBase64url(stored.hash)).toHaveLength(32);
    expect(PinHashSchema.safeParse(stored).success).toBe(true);
    expect(await verifyPin('482916', stored)).toBe(true);
    expect(await verifyPin('482917', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('uses a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies with the iteration count stored in the row', async () => {
    const stored = await hashPin('2468');
    const raised: PinHash = { ...stored, iterations: stored.iterations + 1 };
    expect(await verifyPin('2468', raised)).toBe(false); // the count is part of the hash
    expect(pinNeedsRehash(stored)).toBe(false);
  });

  it('rejects an empty PIN and malformed stored rows', async () => {
    await expect(hashPin('')).rejects.toThrow(/empty/);
    const stored = await hashPin('1357');
    const bad = [
      { ...stored, iterations: 1 },
      { ...stored, salt: 'AAAA' },
      { ...stored, hash: stored.hash + 'A' },
      { ...stored, alg: 'md5' },
    ] as PinHash[];
    for (const row of bad) {
      expect(PinHashSchema.safeParse(row).success).toBe(false);
      await expect(verifyPin('1357', row)).rejects.toThrow(/malformed/);
    }
  });
});
