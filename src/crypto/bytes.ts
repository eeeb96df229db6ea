// Small byte helpers shared by the crypto module (internal: not re-exported from index.ts).

const encoder = new TextEncoder();
// `fatal` so that a record whose bytes are not valid UTF-8 fails loudly instead of opening
// with replacement characters.
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  // Short ASCII text (a record's AAD, say) is copied byte for byte, which costs far less than
  // a call into TextEncoder.
  if (text.length > 128) return encoder.encode(text);
  return utf8Into(new Uint8Array(text.length), text);
}

/**
 * `text` as UTF-8 for an argument WebCrypto copies when it is called (its methods take a copy
 * of every buffer they are given before they return): written into `scratch` and returned as
 * a view of it, so a coordinator opening 100 000 records does not make 100 000 ArrayBuffers
 * for their AADs (each costs Chromium more than the copy). Text that is not ASCII or does not
 * fit gets a buffer of its own.
 */
export function utf8Into(scratch: Uint8Array<ArrayBuffer>, text: string): Uint8Array<ArrayBuffer> {
  if (text.length > scratch.length) return encoder.encode(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return encoder.encode(text);
    scratch[i] = c;
  }
  return scratch.subarray(0, text.length);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * WebCrypto wants `BufferSource` backed by an `ArrayBuffer` (TypeScript's `Uint8Array` may be
 * backed by a `SharedArrayBuffer`). Copy only when the backing store is not a plain ArrayBuffer.
 */
export function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Constant-time equality: the running time depends on the length only, not on the content. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
