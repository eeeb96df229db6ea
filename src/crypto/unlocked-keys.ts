import type { PartnershipKeyPair } from './keys';

/**
 * The partnership's private keys after a coordinator typed the passphrase: held in memory
 * only (never written to storage), dropped on lock, sign-out or inactivity.
 */
export interface UnlockedKeys {
  /** HPKE key pair; `privateKey` opens records (see createRecordOpener). */
  encryption: PartnershipKeyPair;
  /** ECDSA P-256 private key (usage 'sign') that signs every published config. */
  signingPrivateKey: CryptoKey;
}
