import * as z from 'zod/mini';
import { PublicKeyRaw, SignedConfig } from './config';

/**
 * A device setup file: the partnership's signing public key and a config signed by it.
 * It lets a tablet be prepared with no network at all; the signing key is pinned on first
 * install, and a later file or server config must verify against that same key.
 */
export const DeviceSetupFile = z.strictObject({
  format: z.literal('hearth-device-setup/1'),
  signingPublicKey: PublicKeyRaw,
  config: SignedConfig,
});
export type DeviceSetupFile = z.infer<typeof DeviceSetupFile>;
