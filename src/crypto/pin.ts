import * as z from 'zod/mini';
import { fromBase64url, toBase64url } from '../../protocol/base64url';
import { buf, randomBytes, timingSafeEqual, utf8 } from './bytes';

// Staff PIN for a shared tablet (leaving kiosk mode, leaving the cover screen). A PIN has
// little entropy, so the stored row must be slow to brute-force: PBKDF2-SHA256 with a random
// salt. The iteration count travels with the hash so it can be raised without breaking rows.

export const PIN_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
// Refuse rows that would make verification trivially cheap or hang the device.
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;

function b64uOfLength(what: string, length: number) {
  return z.string().check(
    z.refine((s) => {
      try {
        return fromBase64url(s).length === length;
      } catch {
        return false;
      }
    }, `${what} must be ${length} bytes, base64url without padding`),
  );
}

export const PinHashSchema = z.strictObject({
  alg: z.literal('pbkdf2-sha256'),
  iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
  salt: b64uOfLength('salt', SALT_BYTES),
  hash: b64uOfLength('hash', HASH_BYTES),
});
export type PinHash = z.infer<typeof PinHashSchema>;

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  // NFC so the same PIN typed on different keyboards gives the same bytes.
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(pin.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    material,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

export async function hashPin(pin: string): Promise<PinHash> {
  if (pin.length === 0) throw new Error('PIN must not be empty');
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  return {
    alg: 'pbkdf2-sha256',
    iterations: PIN_ITERATIONS,
    salt: toBase64url(salt),
    hash: toBase64url(hash),
  };
}

/** True when `pin` matches. Throws if the stored row is malformed (a storage bug, not a guess). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const parsed = PinHashSchema.safeParse(stored);
  if (!parsed.success) throw new Error('Stored PIN hash is malformed');
  const { iterations, salt, hash } = parsed.data;
  const candidate = await derive(pin, fromBase64url(salt), iterations);
  return timingSafeEqual(candidate, fromBase64url(hash));
}

/** True when a stored hash uses fewer iterations than today's default (re-hash on next unlock). */
export function pinNeedsRehash(stored: PinHash): boolean {
  return stored.iterations < PIN_ITERATIONS;
}
