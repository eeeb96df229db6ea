// The only error key custody throws for a bad secret or a bad blob, so a screen can answer a
// wrong passphrase with a sentence instead of a crash.

export type KeyWrapErrorCode =
  /** The passphrase (or hand-over / recovery code) is not the one the keys were wrapped with. */
  | 'wrong_passphrase'
  /** Not a wrapped-keys blob or kit, altered, or unreadable. */
  | 'malformed'
  /** The keys inside are not the private halves of the partnership's public keys. */
  | 'mismatch';

export class KeyWrapError extends Error {
  constructor(
    readonly code: KeyWrapErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KeyWrapError';
  }
}
