import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkStaffPin, hasStaffPin, setStaffPin } from '../../../src/device/staff-pin';

describe('staff PIN', () => {
  it('is stored as a hash, checks right and wrong PINs, and locks out after 5 wrong tries', async () => {
    expect(await hasStaffPin()).toBe(false);
    await expect(setStaffPin('12')).rejects.toThrow('4 to 8 digits');
    await setStaffPin('482916');
    expect(await hasStaffPin()).toBe(true);
    const now = 1_000_000;
    expect(await checkStaffPin('482916', now)).toEqual({ ok: true });
    for (let i = 0; i < 4; i++) {
      expect(await checkStaffPin('000000', now)).toEqual({ ok: false, reason: 'wrong' });
    }
    expect(await checkStaffPin('000000', now)).toMatchObject({ ok: false, reason: 'locked' });
    // Even the right PIN waits out the lock…
    expect(await checkStaffPin('482916', now + 1000)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    // …and works after it.
    expect(await checkStaffPin('482916', now + 31_000)).toEqual({ ok: true });
  });
});
