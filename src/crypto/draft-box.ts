import * as z from 'zod/mini';
import { decodedLength, fromBase64url, toBase64url } from '../../protocol/base64url';
import { buf, fromUtf8, randomBytes, utf8 } from './bytes';
import { pad, unpad, PAD_BLOCK } from './padding';
import { IV_BYTES, TAG_BYTES } from './suite';

// Drafts at rest (design §5): a paused assisted questionnaire or an open attendance sheet is
// JSON → UTF-8 → padded to a multiple of 256 bytes (so the stored size does not reveal how
// much was answered) → AES-256-GCM under the device key. The AAD names the draft's slot
// (kind and id), so a draft copied into another slot fails to open instead of being resumed
// as the wrong sheet or questionnaire.

/** A sealed draft as stored: binary fields base64url without padding. */
export interface EncryptedDraft {
  iv: string;
  ct: string;
}

/** Refuses drafts so large they would strain IndexedDB on an old tablet. */
export const MAX_DRAFT_CT_BYTES = 1024 * 1024;

const B64U = /^[A-Za-z0-9_-]*$/;
const b64u = (what: string, ok: (bytes: number) => boolean) =>
  z.string().check(
    z.regex(B64U, `${what} must be base64url without padding`),
    z.refine((s) => s.length % 4 !== 1 && ok(decodedLength(s)), `${what} has the wrong length`),
  );

export const EncryptedDraftSchema = z.strictObject({
  iv: b64u('iv', (n) => n === IV_BYTES),
  ct: b64u('ct', (n) => n >= PAD_BLOCK + TAG_BYTES && n <= MAX_DRAFT_CT_BYTES),
});

/** Why a draft could not be sealed or opened. The message never contains draft content. */
export type DraftErrorCode =
  'malformed' | 'unauthentic' | 'not-json' | 'too-large' | 'bad-slot' | 'no-key';

export class DraftError extends Error {
  override readonly name = 'DraftError';
  constructor(
    readonly code: DraftErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// A kind is a fixed word ('questionnaire', 'attendance'); forbidding '|' in it keeps the AAD
// `kind|id` unambiguous whatever the id contains.
const KIND = /^[a-z][a-z0-9-]*$/;

/** The AAD that binds a draft to its slot: `hearth/v1 draft|<kind>|<id>`. */
export function draftAad(kind: string, id: string): string {
  if (!KIND.test(kind)) throw new DraftError('bad-slot', `Invalid draft kind: ${kind}`);
  if (id.length === 0) throw new DraftError('bad-slot', 'A draft needs a non-empty id');
  return `hearth/v1 draft|${kind}|${id}`;
}

export async function sealDraft(
  key: CryptoKey,
  kind: string,
  id: string,
  value: unknown,
): Promise<EncryptedDraft> {
  const additionalData = utf8(draftAad(kind, id));
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (cause) {
    throw new DraftError('not-json', 'Cannot save draft: it is not JSON-serialisable', { cause });
  }
  if (typeof json !== 'string') {
    throw new DraftError('not-json', 'Cannot save draft: it is not JSON-serialisable');
  }
  const bytes = utf8(json);
  const padded = pad(bytes);
  bytes.fill(0);
  try {
    if (padded.length + TAG_BYTES > MAX_DRAFT_CT_BYTES) {
      throw new DraftError('too-large', 'Cannot save draft: it is too large');
    }
    const iv = randomBytes(IV_BYTES);
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, padded);
    return { iv: toBase64url(iv), ct: toBase64url(new Uint8Array(ct)) };
  } finally {
    padded.fill(0); // do not leave padded plaintext on the heap longer than needed
  }
}

/**
 * Opens a draft sealed by `sealDraft` for the same slot. Throws `DraftError` when the stored
 * shape is wrong, when authentication fails (tampered bytes, another device key — e.g. after
 * the key was forgotten — or a draft moved to another kind or id), or when the content is not
 * the JSON that was sealed.
 */
export async function openDraft(
  key: CryptoKey,
  kind: string,
  id: string,
  draft: EncryptedDraft,
): Promise<unknown> {
  const additionalData = utf8(draftAad(kind, id));
  const checked = EncryptedDraftSchema.safeParse(draft);
  if (!checked.success) throw new DraftError('malformed', 'Cannot open draft: malformed');
  let iv: Uint8Array;
  let ct: Uint8Array;
  try {
    iv = fromBase64url(checked.data.iv);
    ct = fromBase64url(checked.data.ct);
  } catch (cause) {
    throw new DraftError('malformed', 'Cannot open draft: malformed', { cause });
  }
  let padded: Uint8Array;
  try {
    const algorithm = { name: 'AES-GCM', iv: buf(iv), additionalData };
    padded = new Uint8Array(await crypto.subtle.decrypt(algorithm, key, buf(ct)));
  } catch (cause) {
    throw new DraftError(
      'unauthentic',
      'Cannot open draft: it was changed, belongs to another slot, or the device key is gone',
      { cause },
    );
  }
  try {
    return JSON.parse(fromUtf8(unpad(padded)));
  } catch (cause) {
    throw new DraftError('not-json', 'Cannot open draft: its content is not valid', { cause });
  } finally {
    padded.fill(0);
  }
}
