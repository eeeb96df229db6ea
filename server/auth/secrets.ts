// Random secrets (session tokens, device tokens, enrolment codes) and how they are stored:
// only a SHA-256 of each, so a copy of the database cannot be used to sign in or sync.
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 32 random bytes, base64url: a session or device token. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** No 0/O, 1/I/L: easy to read aloud and type on a tablet. 31 symbols, ~4.95 bits each. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

/** A fresh enrolment code, grouped for reading: `XXXXX-XXXXX` (~49 bits). */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The canonical form of a typed code (upper case, dashes and spaces removed), or undefined when
 * it cannot be a code at all.
 */
export function normaliseEnrolmentCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}
