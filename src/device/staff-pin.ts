import { hashPin, verifyPin } from '../crypto/pin';
import { getPinHash, setPinHash } from '../storage/device-store';

// The staff PIN guards leaving kiosk mode and the cover screen. It is stored only as a
// salted slow hash; wrong guesses are slowed so a PIN cannot be tried quickly by hand.

export const PIN_PATTERN = /^\d{4,8}$/;
const FREE_ATTEMPTS = 5;
const LOCKOUT_MS = 30_000;

let failures = 0;
let lockedUntil = 0;

export async function hasStaffPin(): Promise<boolean> {
  return (await getPinHash()) !== undefined;
}

export async function setStaffPin(pin: string): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('The PIN must be 4 to 8 digits.');
  await setPinHash(await hashPin(pin));
}

export type PinCheck =
  { ok: true } | { ok: false; reason: 'wrong' | 'locked'; waitSeconds?: number };

export async function checkStaffPin(pin: string, now = Date.now()): Promise<PinCheck> {
  if (now < lockedUntil) {
    return { ok: false, reason: 'locked', waitSeconds: Math.ceil((lockedUntil - now) / 1000) };
  }
  const stored = await getPinHash();
  if (stored !== undefined && (await verifyPin(pin, stored))) {
    failures = 0;
    return { ok: true };
  }
  failures++;
  if (failures >= FREE_ATTEMPTS) {
    failures = 0;
    lockedUntil = now + LOCKOUT_MS;
    return { ok: false, reason: 'locked', waitSeconds: LOCKOUT_MS / 1000 };
  }
  return { ok: false, reason: 'wrong' };
}
