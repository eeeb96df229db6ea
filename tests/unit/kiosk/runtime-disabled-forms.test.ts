import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../protocol/config';
import { createTestPartnership } from '../../support/partnership';

// The kiosk starts new responses only with forms the coordinators left switched on.
beforeEach(async () => {
  vi.resetModules();
  const { IDBFactory } = await import('fake-indexeddb');
  globalThis.indexedDB = new IDBFactory();
});

async function setUpTablet(disabledForms: string[]) {
  const { installSetupFile } = await import('../../../src/device/config');
  const { setStaffPin } = await import('../../../src/device/staff-pin');
  const p = await createTestPartnership();
  await installSetupFile(
    JSON.stringify(await p.setupFile({ settings: { ...DEFAULT_SETTINGS, disabledForms } })),
  );
  await setStaffPin('2468');
  return import('../../../src/kiosk/runtime');
}

describe('kiosk and switched-off forms', () => {
  it('is ready with both survivor forms when nothing is switched off', async () => {
    const { loadKioskRuntime } = await setUpTablet([]);
    const result = await loadKioskRuntime();
    expect(result.ok && result.runtime.form.id).toBe('survivor-feedback');
    expect(result.ok && result.runtime.easyRead?.id).toBe('survivor-feedback-easy-read');
  });

  it('offers no easy-read option when that form is switched off', async () => {
    const { loadKioskRuntime } = await setUpTablet(['survivor-feedback-easy-read']);
    const result = await loadKioskRuntime();
    expect(result.ok).toBe(true);
    expect(result.ok && result.runtime.easyRead).toBeUndefined();
  });

  it('is not ready when the survivor feedback form is switched off', async () => {
    const { loadKioskRuntime } = await setUpTablet(['survivor-feedback']);
    expect(await loadKioskRuntime()).toEqual({ ok: false, reason: 'no-form' });
  });
});
