import { describe, expect, it } from 'vitest';
import {
  exportPrivateKey,
  generatePartnershipKeyPair,
  importPrivateKey,
  openRecords,
  openSealingSession,
} from '../../../src/crypto';

describe('partnership key pair', () => {
  it('generates a 65-byte public key and an extractable private key', async () => {
    const { publicKeyRaw, privateKey } = await generatePartnershipKeyPair();
    expect(publicKeyRaw).toHaveLength(65);
    expect(privateKey.type).toBe('private');
    expect(privateKey.extractable).toBe(true);
  });

  it('serialises the private key and imports it back, still able to open records', async () => {
    const { publicKeyRaw, privateKey } = await generatePartnershipKeyPair();
    const record = await (await openSealingSession(publicKeyRaw)).seal({ hello: 'world' });
    const serialized = await exportPrivateKey(privateKey);
    expect(serialized).toHaveLength(32);
    const imported = await importPrivateKey(serialized);
    expect(Array.from(await exportPrivateKey(imported))).toEqual(Array.from(serialized));
    expect(await openRecords({ privateKey: imported, publicKeyRaw }, [record])).toEqual([
      { id: record.id, ok: true, plaintext: { hello: 'world' }, text: '{"hello":"world"}' },
    ]);
  });

  it('rejects a malformed serialised private key', async () => {
    await expect(importPrivateKey(new Uint8Array(31))).rejects.toThrow(/Invalid private key/);
  });
});
