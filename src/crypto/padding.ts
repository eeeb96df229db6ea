// Length hiding (design §5): every plaintext is padded to a multiple of PAD_BLOCK bytes so the
// ciphertext length does not reveal how long the answers were. ISO/IEC 7816-4 padding (one
// 0x80 byte, then zeros) is unambiguous for any content, including content ending in zeros.

export const PAD_BLOCK = 256;

/** Padded length for `n` content bytes: always at least one padding byte, minimum one block. */
export function paddedLength(n: number): number {
  return Math.ceil((n + 1) / PAD_BLOCK) * PAD_BLOCK;
}

export function pad(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(paddedLength(data.length)); // zero-filled
  out.set(data);
  out[data.length] = 0x80;
  return out;
}

/**
 * Inverse of `pad`. Only the canonical form is accepted: a whole number of blocks, and
 * padding (0x80 then zeros) of 1..PAD_BLOCK bytes. Runs after AES-GCM has authenticated the
 * bytes, so there is no padding oracle to worry about.
 */
export function unpad(padded: Uint8Array): Uint8Array {
  if (padded.length === 0 || padded.length % PAD_BLOCK !== 0) {
    throw new Error('padding: length is not a positive multiple of the block size');
  }
  let i = padded.length - 1;
  const floor = padded.length - PAD_BLOCK;
  while (i >= floor && padded[i] === 0) i--;
  if (i < floor || padded[i] !== 0x80) throw new Error('padding: malformed');
  return padded.subarray(0, i);
}
