// base64url without padding (RFC 4648 §5), the encoding of every binary value on the wire.
// Hand-written because it is a few lines and must run unchanged in the page, the service
// worker and Node without pulling in a Buffer polyfill.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[(n >> 18) & 63]! +
      ALPHABET[(n >> 12) & 63]! +
      ALPHABET[(n >> 6) & 63]! +
      ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Strict decoder: rejects padding, other alphabets and non-canonical trailing bits. */
export function fromBase64url(text: string): Uint8Array {
  const rest = text.length % 4;
  if (rest === 1) throw new Error('base64url: impossible length');
  const native = nativeDecode(text);
  if (native) return native;
  const out = new Uint8Array(decodedLength(text));
  const full = text.length - rest;
  let o = 0;
  // Four characters → three bytes at a time: coordinators decode 100 000 records' worth.
  for (let i = 0; i < full; i += 4) {
    const n =
      (at(text, i) << 18) | (at(text, i + 1) << 12) | (at(text, i + 2) << 6) | at(text, i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  if (rest > 0) {
    const a = at(text, full);
    const b = at(text, full + 1);
    const c = rest === 3 ? at(text, full + 2) : 0;
    const n = (a << 18) | (b << 12) | (c << 6);
    if ((rest === 2 ? n & 0xffff : n & 0xff) !== 0) {
      throw new Error('base64url: non-canonical ending');
    }
    out[o++] = n >> 16;
    if (rest === 3) out[o] = (n >> 8) & 0xff;
  }
  return out;
}

function at(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const v = c < 128 ? LOOKUP[c]! : -1;
  if (v < 0) throw new Error('base64url: invalid character');
  return v;
}

type FromBase64 = (s: string, o: { alphabet: 'base64url' }) => Uint8Array;
const fromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;

/**
 * The platform's decoder where there is one (recent browsers), held to the same strict rules.
 * It refuses characters outside the base64url alphabet itself; it would accept padding and
 * whitespace, but either makes the output shorter than `decodedLength` (no valid text has
 * length 1 mod 4, the only case where one skipped character would not), so that length is
 * checked instead of scanning every character again; the last character's unused bits are
 * checked first. Undefined when there is no platform decoder or the text breaks a rule: the
 * caller then decodes in JavaScript, which also names the fault.
 */
function nativeDecode(text: string): Uint8Array | undefined {
  if (!fromBase64) return undefined;
  const rest = text.length % 4;
  if (rest > 0) {
    const last = LOOKUP[text.charCodeAt(text.length - 1)] ?? -1;
    if (last < 0 || (rest === 2 ? last & 0xf : last & 0x3) !== 0) return undefined;
  }
  let out: Uint8Array;
  try {
    out = fromBase64(text, { alphabet: 'base64url' });
  } catch {
    return undefined;
  }
  return out.length === decodedLength(text) ? out : undefined;
}

/** Length in bytes that a valid base64url string of this length decodes to. */
export function decodedLength(text: string): number {
  return Math.floor((text.length * 3) / 4);
}
