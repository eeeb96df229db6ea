// The device-local draft key (design §5): paused assisted drafts and open attendance sheets
// rest on the device only encrypted under this AES-256-GCM key. It is generated here as
// NON-extractable and stored as the CryptoKey object itself (IndexedDB's structured clone keeps
// it non-extractable), so no code — ours, an extension's, or someone with the tablet's
// DevTools — can read the key bytes back. Storage lives in src/storage/device-key-store.ts.

const DEVICE_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
const DEVICE_KEY_USAGES: readonly KeyUsage[] = ['encrypt', 'decrypt'];

/** A fresh device key: AES-256-GCM, extractable = false, usages encrypt and decrypt. */
export function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, [...DEVICE_KEY_USAGES]);
}

/**
 * True when `value` is a key this module would have generated: a CryptoKey for AES-GCM-256,
 * non-extractable, usable for encrypt and decrypt. Anything else read back from storage is
 * treated as absent, never used.
 */
export function isDeviceKey(value: unknown): value is CryptoKey {
  if (typeof CryptoKey === 'undefined' || !(value instanceof CryptoKey)) return false;
  const algorithm = value.algorithm as Partial<AesKeyAlgorithm>;
  return (
    value.type === 'secret' &&
    value.extractable === false &&
    algorithm.name === DEVICE_KEY_ALGORITHM.name &&
    algorithm.length === DEVICE_KEY_ALGORITHM.length &&
    DEVICE_KEY_USAGES.every((usage) => value.usages.includes(usage))
  );
}
