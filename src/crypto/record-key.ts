import { RECORD_KEY_BYTES, RECORD_KEY_CONTEXT_BYTES } from './suite';

// Both sides derive the same per-session record key from the HPKE exporter. Doing it in one
// place keeps the rule "import at once as non-extractable, then wipe the bytes" in one place.

/** The part of an HPKE context this needs (sender and recipient contexts both have it). */
export interface Exporter {
  export(exporterContext: Uint8Array<ArrayBuffer>, length: number): Promise<ArrayBuffer>;
}

export async function deriveRecordKey(
  context: Exporter,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const secret = new Uint8Array(await context.export(RECORD_KEY_CONTEXT_BYTES, RECORD_KEY_BYTES));
  try {
    // extractable = false: the key can be used but never read back, not even by our own code.
    return await crypto.subtle.importKey('raw', secret, { name: 'AES-GCM' }, false, [usage]);
  } finally {
    // importKey copies the bytes; wipe ours so the raw key does not linger on the heap.
    secret.fill(0);
  }
}
