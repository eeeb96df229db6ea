// Public API of the crypto module: the only place in src that touches WebCrypto or HPKE.
// Internals (the HPKE suite object, record-key derivation, byte helpers) stay private.

export { computeKid, thumbprint } from './kid';
export { pad, unpad, paddedLength, PAD_BLOCK } from './padding';
export { SESSION_INFO, RECORD_KEY_CONTEXT } from './suite';
export { openSealingSession, type SealingSession } from './sealing-session';
export {
  openRecords,
  createRecordOpener,
  type Opened,
  type OpenedBytes,
  type OpenableRecord,
  type RecordOpener,
} from './open';
export {
  generatePartnershipKeyPair,
  exportPrivateKey,
  importPrivateKey,
  type PartnershipKeyPair,
} from './keys';
export {
  hashPin,
  verifyPin,
  pinNeedsRehash,
  PinHashSchema,
  PIN_ITERATIONS,
  type PinHash,
} from './pin';
export { randomId } from './random';
export { signPayload, verifyPayload, generateSigningKeyPair } from './signing';
export type { UnlockedKeys } from './unlocked-keys';
export { generateDeviceKey, isDeviceKey } from './device-key';
export {
  sealDraft,
  openDraft,
  draftAad,
  DraftError,
  EncryptedDraftSchema,
  MAX_DRAFT_CT_BYTES,
  type DraftErrorCode,
  type EncryptedDraft,
} from './draft-box';
export { KeySecret, generatePartnershipKeys, unlockKeySecret, type PublicKeys } from './key-secret';
export {
  wrapKeys,
  unwrapKeys,
  rewrapKeys,
  parseWrapped,
  wrappedPurpose,
  normaliseCode,
  WrappedKeysSchema,
  WRAP_ITERATIONS,
  WRAP_PURPOSES,
  type WrappedKeys,
  type WrapPurpose,
  type WrapOptions,
  type UnwrapOptions,
} from './key-wrap';
export { KeyWrapError, type KeyWrapErrorCode } from './key-wrap-error';
export {
  generateRecoveryCode,
  generateHandoverCode,
  buildRecoveryKit,
  parseRecoveryKit,
  kitPublicKeys,
  RecoveryKitSchema,
  RECOVERY_KIT_FORMAT,
  type RecoveryKit,
  type RecoveryKitInput,
} from './recovery';
