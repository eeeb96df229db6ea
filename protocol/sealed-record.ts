import * as z from 'zod/mini';
import { decodedLength } from './base64url';

// The sealed record (design §5, Appendix A): what rests in the outbox, crosses the wire and
// is stored by the server. Binary fields are base64url without padding.

export const MAX_CT_BYTES = 64 * 1024;

const B64U = /^[A-Za-z0-9_-]*$/;

/** base64url field whose decoded length must satisfy `ok`. */
function b64u(what: string, ok: (bytes: number) => boolean) {
  return z.string().check(
    z.regex(B64U, `${what} must be base64url without padding`),
    z.refine((s) => s.length % 4 !== 1 && ok(decodedLength(s)), `${what} has the wrong length`),
  );
}

export const SealedRecord = z.strictObject({
  v: z.literal(1),
  id: z.uuidv4(),
  kid: b64u('kid', (n) => n === 16),
  enc: b64u('enc', (n) => n === 65),
  iv: b64u('iv', (n) => n === 12),
  ct: b64u('ct', (n) => n >= 16 + 256 && n <= MAX_CT_BYTES),
});
export type SealedRecord = z.infer<typeof SealedRecord>;

/** `aad` binds a record's ciphertext to its id and to the key it was sealed for. */
export function recordAad(id: string, kid: string): string {
  return `hearth/v1|${id}|${kid}`;
}
