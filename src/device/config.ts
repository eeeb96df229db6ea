import { fromBase64url } from '../../protocol/base64url';
import { ConfigPayload, type SignedConfig } from '../../protocol/config';
import { DeviceSetupFile } from '../../protocol/device-setup';
import { computeKid } from '../crypto/kid';
import { verifyPayload } from '../crypto/signing';
import {
  getPinnedSigningKey,
  getSignedConfig,
  setPinnedSigningKey,
  setSignedConfig,
} from '../storage/device-store';

export class ConfigError extends Error {}

/**
 * Verify a signed config against the signing key and return its payload. Refuses anything
 * that does not verify, does not parse, or whose `kid` does not match its own key, so a
 * tampered config can never make the device seal to someone else's key.
 */
async function verifiedPayload(signingKey: string, signed: SignedConfig): Promise<ConfigPayload> {
  const ok = await verifyPayload(fromBase64url(signingKey), signed.payload, signed.signature);
  if (!ok) throw new ConfigError('The configuration is not signed by your partnership.');
  let json: unknown;
  try {
    json = JSON.parse(signed.payload);
  } catch {
    throw new ConfigError('The configuration is not valid JSON.');
  }
  const parsed = ConfigPayload.safeParse(json);
  if (!parsed.success) throw new ConfigError('The configuration is not in a format Hearth knows.');
  const payload = parsed.data;
  if (payload.version !== signed.version) {
    throw new ConfigError('The configuration version does not match its signed contents.');
  }
  if ((await computeKid(fromBase64url(payload.encryptionPublicKey))) !== payload.kid) {
    throw new ConfigError('The configuration key id does not match its key.');
  }
  return payload;
}

/** Install a device setup file (design: offline preparation of a tablet). */
export async function installSetupFile(text: string): Promise<ConfigPayload> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('That file is not a Hearth setup file.');
  }
  const file = DeviceSetupFile.safeParse(json);
  if (!file.success) throw new ConfigError('That file is not a Hearth setup file.');
  const pinned = await getPinnedSigningKey();
  if (pinned !== undefined && pinned !== file.data.signingPublicKey) {
    throw new ConfigError('That file belongs to a different partnership than this device.');
  }
  const payload = await verifiedPayload(file.data.signingPublicKey, file.data.config);
  const current = await loadConfig();
  if (current && payload.version < current.version) {
    throw new ConfigError(
      `That file is older (version ${payload.version}) than this device's configuration (version ${current.version}).`,
    );
  }
  if (pinned === undefined) await setPinnedSigningKey(file.data.signingPublicKey);
  await setSignedConfig(file.data.config);
  cached = payload;
  return payload;
}

let cached: ConfigPayload | undefined;

/** The installed config, re-verified against the pinned key when first read. */
export async function loadConfig(): Promise<ConfigPayload | undefined> {
  if (cached) return cached;
  const [signingKey, signed] = await Promise.all([getPinnedSigningKey(), getSignedConfig()]);
  if (signingKey === undefined || signed === undefined) return undefined;
  try {
    cached = await verifiedPayload(signingKey, signed);
  } catch {
    return undefined;
  }
  return cached;
}
