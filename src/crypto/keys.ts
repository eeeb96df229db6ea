import { suite } from './suite';

// The partnership's HPKE (KEM) key pair. Generated in the coordinator's browser; the private
// key stays extractable only so it can be wrapped under the passphrase key (design §5,
// "Coordinator custody") or, in development, written to a local dev key file.

export interface PartnershipKeyPair {
  /** Raw uncompressed P-256 point, 65 bytes: what goes in the config and the keyring. */
  publicKeyRaw: Uint8Array;
  /** ECDH private key (extractable, usages deriveBits). */
  privateKey: CryptoKey;
}

export async function generatePartnershipKeyPair(): Promise<PartnershipKeyPair> {
  const pair = await suite.kem.generateKeyPair();
  const publicKeyRaw = new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey));
  return { publicKeyRaw, privateKey: pair.privateKey };
}

/** HPKE serialisation of the private key (RFC 9180 SerializePrivateKey: the 32-byte scalar). */
export async function exportPrivateKey(privateKey: CryptoKey): Promise<Uint8Array> {
  try {
    return new Uint8Array(await suite.kem.serializePrivateKey(privateKey));
  } catch (cause) {
    throw new Error('Cannot export private key (it must be an extractable P-256 ECDH key)', {
      cause,
    });
  }
}

/** Inverse of `exportPrivateKey`. The imported key is extractable so it can be re-wrapped. */
export async function importPrivateKey(serialized: Uint8Array): Promise<CryptoKey> {
  try {
    return await suite.kem.deserializePrivateKey(serialized);
  } catch (cause) {
    throw new Error('Invalid private key: expected a 32-byte P-256 scalar', { cause });
  }
}
