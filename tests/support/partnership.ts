import { toBase64url } from '../../protocol/base64url';
import { DEFAULT_SETTINGS, type ConfigPayload, type Helpline } from '../../protocol/config';
import type { DeviceSetupFile } from '../../protocol/device-setup';
import { localDay } from '../../protocol/day';
import { computeKid, generatePartnershipKeyPair, type PartnershipKeyPair } from '../../src/crypto';
import { generateSigningKeyPair, signPayload } from '../../src/crypto/signing';

/**
 * A test (or local development) partnership: real key pairs and a real signed config, built
 * with the same crypto the coordinator will use. Private keys stay with the caller.
 */
export interface TestPartnership {
  encryption: PartnershipKeyPair;
  signing: { publicKeyRaw: Uint8Array; privateKey: CryptoKey };
  setupFile(overrides?: Partial<ConfigPayload>): Promise<DeviceSetupFile>;
}

const LOCAL_HELPLINE: Helpline = {
  name: 'Riverside Domestic Abuse Service',
  phone: '01632 960 123',
  hours: 'Mon–Fri 9am–5pm',
  description: 'Local support and IDVA service (example).',
};

export async function createTestPartnership(
  name = 'Riverside Partnership',
): Promise<TestPartnership> {
  const encryption = await generatePartnershipKeyPair();
  const signing = await generateSigningKeyPair();
  const kid = await computeKid(encryption.publicKeyRaw);
  return {
    encryption,
    signing,
    async setupFile(overrides = {}) {
      const payload: ConfigPayload = {
        version: 1,
        issuedDay: localDay(),
        partnershipName: name,
        kid,
        encryptionPublicKey: toBase64url(encryption.publicKeyRaw),
        forms: [],
        events: [],
        helplines: [LOCAL_HELPLINE],
        settings: DEFAULT_SETTINGS,
        ...overrides,
      };
      const text = JSON.stringify(payload);
      return {
        format: 'hearth-device-setup/1',
        signingPublicKey: toBase64url(signing.publicKeyRaw),
        config: {
          payload: text,
          signature: await signPayload(signing.privateKey, text),
          version: payload.version,
        },
      };
    },
  };
}
