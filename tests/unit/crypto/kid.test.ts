import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeKid, generatePartnershipKeyPair, thumbprint } from '../../../src/crypto';

describe('kid and thumbprint', () => {
  it('kid is base64url of the first 16 bytes of SHA-256 over the raw public key', async () => {
    const { publicKeyRaw } = await generatePartnershipKeyPair();
    expect(publicKeyRaw).toHaveLength(65);
    expect(publicKeyRaw[0]).toBe(0x04);
    const expected = createHash('sha256')
      .update(publicKeyRaw)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
    const kid = await computeKid(publicKeyRaw);
    expect(kid).toBe(expected);
    expect(kid).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('thumbprint is base64url of the full SHA-256', async () => {
    const raw = new Uint8Array(65).fill(7);
    expect(await thumbprint(raw)).toBe(createHash('sha256').update(raw).digest('base64url'));
  });
});
