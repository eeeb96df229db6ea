import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDeviceKey, isDeviceKey } from '../../../src/crypto';
import { sameKey } from './helpers';

// The device-local draft key (design §5): non-extractable, persisted as a CryptoKey in
// IndexedDB, created once even when two tabs ask for it at the same moment. Real WebCrypto.

type Store = typeof import('../../../src/storage/device-key-store');

/** A fresh copy of the store module: what another tab (or a reload) would run. */
async function freshTab(): Promise<Store> {
  vi.resetModules();
  return import('../../../src/storage/device-key-store');
}

const rawKv = () => createStore('hearth-device', 'kv');
const storedValue = (): Promise<unknown> => get('draftKey', rawKv());

beforeEach(async () => {
  await (await freshTab()).forgetDeviceKey();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('device key', () => {
  it('is AES-256-GCM, non-extractable, for encrypt and decrypt', async () => {
    const key = await (await freshTab()).getDeviceKey();
    expect(key.type).toBe('secret');
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
  });

  it('rests in IndexedDB as the CryptoKey itself, still non-extractable', async () => {
    const key = await (await freshTab()).getDeviceKey();
    const stored = await storedValue();
    expect(stored).toBeInstanceOf(CryptoKey);
    const storedKey = stored as CryptoKey;
    expect(storedKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', storedKey)).rejects.toThrow();
    expect(await sameKey(key, storedKey)).toBe(true);
    // Nothing key-like can be read out of the row as data.
    expect(JSON.stringify(stored)).toBe('{}');
  });

  it('is created once, then reused across module reloads', async () => {
    const generate = vi.spyOn(crypto.subtle, 'generateKey');
    const first = await (await freshTab()).getDeviceKey();
    const again = await (await freshTab()).getDeviceKey();
    const third = await (await freshTab()).getDeviceKey();
    expect(generate).toHaveBeenCalledTimes(1);
    expect(await sameKey(first, again)).toBe(true);
    expect(await sameKey(third, first)).toBe(true);
  });

  it('gives concurrent calls in one tab one key, generated once', async () => {
    const generate = vi.spyOn(crypto.subtle, 'generateKey');
    const tab = await freshTab();
    const keys = await Promise.all([1, 2, 3, 4, 5].map(() => tab.getDeviceKey()));
    expect(generate).toHaveBeenCalledTimes(1);
    for (const key of keys) expect(await sameKey(keys[0]!, key)).toBe(true);
  });

  it('gives two tabs racing on first use the same key', async () => {
    const generate = vi.spyOn(crypto.subtle, 'generateKey');
    const tabA = await freshTab();
    const tabB = await freshTab();
    const [a, b] = await Promise.all([tabA.getDeviceKey(), tabB.getDeviceKey()]);
    // Both tabs found no key and generated one: the race really happened ...
    expect(generate).toHaveBeenCalledTimes(2);
    // ... and both ended up with the one that was stored.
    expect(await sameKey(a, b)).toBe(true);
    expect(await sameKey(a, (await storedValue()) as CryptoKey)).toBe(true);
    expect(await sameKey(a, await (await freshTab()).getDeviceKey())).toBe(true);
  });

  it('add-if-absent keeps the key another tab stored in the meantime', async () => {
    const tabA = await freshTab();
    const candidate = await generateDeviceKey(); // tab A generated, not yet stored ...
    const fromB = await (await freshTab()).getDeviceKey(); // ... tab B stores its key first
    const kept = await tabA.addDeviceKeyIfAbsent(candidate);
    expect(await sameKey(kept, fromB)).toBe(true);
    expect(await sameKey(kept, candidate)).toBe(false);
    expect(await sameKey((await storedValue()) as CryptoKey, fromB)).toBe(true);
  });

  it('replaces a stored value that is not a valid device key', async () => {
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
      'encrypt',
      'decrypt',
    ]);
    const aes128 = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, [
      'encrypt',
      'decrypt',
    ]);
    for (const junk of ['not a key', { type: 'secret' }, extractable, aes128]) {
      await set('draftKey', junk, rawKv());
      const tab = await freshTab();
      expect(await tab.readDeviceKey()).toBeUndefined();
      const key = await tab.getDeviceKey();
      expect(isDeviceKey(key)).toBe(true);
      expect(isDeviceKey(await storedValue())).toBe(true);
    }
  });

  it('forgetDeviceKey deletes it: the next key is a different one', async () => {
    const tab = await freshTab();
    const old = await tab.getDeviceKey();
    await tab.forgetDeviceKey();
    expect(await storedValue()).toBeUndefined();
    expect(await tab.readDeviceKey()).toBeUndefined();
    const next = await tab.getDeviceKey();
    expect(await sameKey(old, next)).toBe(false);
  });

  it('isDeviceKey accepts only non-extractable AES-256-GCM encrypt/decrypt keys', async () => {
    expect(isDeviceKey(await generateDeviceKey())).toBe(true);
    const encryptOnly = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
    ]);
    expect(isDeviceKey(encryptOnly)).toBe(false);
    expect(isDeviceKey(undefined)).toBe(false);
    expect(isDeviceKey({ algorithm: { name: 'AES-GCM', length: 256 }, extractable: false })).toBe(
      false,
    );
  });
});
