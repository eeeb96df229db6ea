import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toBase64url } from '../../../protocol/base64url';
import { createTestPartnership } from '../../support/partnership';

// Each test gets fresh module state (the config cache) and a fresh IndexedDB.
beforeEach(async () => {
  vi.resetModules();
  const { IDBFactory } = await import('fake-indexeddb');
  globalThis.indexedDB = new IDBFactory();
});

const load = () => import('../../../src/device/config');

describe('device setup file', () => {
  it('installs a correctly signed file and pins its signing key', async () => {
    const { installSetupFile, loadConfig } = await load();
    const p = await createTestPartnership('Northshire');
    const installed = await installSetupFile(JSON.stringify(await p.setupFile()));
    expect(installed.partnershipName).toBe('Northshire');
    vi.resetModules();
    // Re-verified from storage on a fresh start.
    expect((await (await load()).loadConfig())?.kid).toBe(installed.kid);
    expect((await loadConfig())?.partnershipName).toBe('Northshire');
  });

  it.each([
    ['not JSON', () => 'not json{'],
    ['the wrong shape', () => JSON.stringify({ format: 'other' })],
  ])('refuses %s', async (_name, text) => {
    const { installSetupFile, loadConfig } = await load();
    await expect(installSetupFile(text())).rejects.toThrow('not a Hearth setup file');
    expect(await loadConfig()).toBeUndefined();
  });

  it('refuses a payload changed after signing', async () => {
    const { installSetupFile, loadConfig } = await load();
    const file = await (await createTestPartnership()).setupFile();
    file.config.payload = file.config.payload.replace('Riverside', 'Evil');
    await expect(installSetupFile(JSON.stringify(file))).rejects.toThrow(
      'not signed by your partnership',
    );
    expect(await loadConfig()).toBeUndefined();
  });

  it('refuses an encryption key swapped in by someone else, even re-signed with their key', async () => {
    const { installSetupFile } = await load();
    const ours = await createTestPartnership();
    const theirs = await createTestPartnership();
    await installSetupFile(JSON.stringify(await ours.setupFile()));
    const forged = await theirs.setupFile({ version: 2 });
    await expect(installSetupFile(JSON.stringify(forged))).rejects.toThrow('different partnership');
  });

  it('refuses a config whose kid does not match its key', async () => {
    const { installSetupFile } = await load();
    const p = await createTestPartnership();
    const file = await p.setupFile({ kid: toBase64url(new Uint8Array(16)) });
    await expect(installSetupFile(JSON.stringify(file))).rejects.toThrow('key id does not match');
  });

  it('refuses an older config and keeps the newer one', async () => {
    const { installSetupFile, loadConfig } = await load();
    const p = await createTestPartnership();
    await installSetupFile(JSON.stringify(await p.setupFile({ version: 3 })));
    await expect(
      installSetupFile(JSON.stringify(await p.setupFile({ version: 2 }))),
    ).rejects.toThrow('older');
    expect((await loadConfig())?.version).toBe(3);
  });

  it('refuses a signed version that does not match the payload', async () => {
    const { installSetupFile } = await load();
    const file = await (await createTestPartnership()).setupFile();
    file.config.version = 9;
    await expect(installSetupFile(JSON.stringify(file))).rejects.toThrow('version does not match');
  });
});
