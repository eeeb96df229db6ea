import type { PartnershipKeyPair } from './keys';

/**
 * The partnership's private keys after a coordinator typed the passphrase: held in memory
 * only (never written to storage), dropped on lock, sign-out or inactivity. Made by
 * unwrapKeys / unlockKeySecret; structured-cloneable, so it can be posted to a Web Worker.
 */
export interface UnlockedKeys {
  /** HPKE key pair; `privateKey` (non-extractable) opens records (see createRecordOpener). */
  encryption: PartnershipKeyPair;
  /** ECDSA P-256 private key (non-extractable, usage 'sign') that signs every published config. */
  signingPrivateKey: CryptoKey;
}
