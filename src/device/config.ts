import { fromBase64url } from '../../protocol/base64url';
import { ConfigPayload, type SignedConfig } from '../../protocol/config';
import { DeviceSetupFile } from '../../protocol/device-setup';
import { computeKid, thumbprint } from '../crypto/kid';
import { verifyPayload } from '../crypto/signing';
import {
  getInstalledConfig,
  getPinnedThumbprint,
  setInstalledConfig,
  setPinnedThumbprint,
} from '../storage/device-store';

/** Why a config or setup file was refused; the screen words each code for staff. */
export type ConfigErrorCode =
  'not_signed' | 'bad_format' | 'other_partnership' | 'older' | 'not_a_file';

export class ConfigError extends Error {
  constructor(
    readonly code: ConfigErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Verify a signed config against the signing key and return its payload. Refuses anything
 * that does not verify, does not parse, or whose `kid` does not match its own key, so a
 * tampered config can never make the device seal to someone else's key.
 */
async function verifiedPayload(signingKey: string, signed: SignedConfig): Promise<ConfigPayload> {
  const ok = await verifyPayload(fromBase64url(signingKey), signed.payload, signed.signature);
  if (!ok)
    throw new ConfigError('not_signed', 'The configuration is not signed by your partnership.');
  let json: unknown;
  try {
    json = JSON.parse(signed.payload);
  } catch {
    throw new ConfigError('bad_format', 'The configuration is not valid JSON.');
  }
  const parsed = ConfigPayload.safeParse(json);
  if (!parsed.success)
    throw new ConfigError('bad_format', 'The configuration is not in a format Hearth knows.');
  const payload = parsed.data;
  if (payload.version !== signed.version) {
    throw new ConfigError(
      'bad_format',
      'The configuration version does not match its signed contents.',
    );
  }
  if ((await computeKid(fromBase64url(payload.encryptionPublicKey))) !== payload.kid) {
    throw new ConfigError('bad_format', 'The configuration key id does not match its key.');
  }
  return payload;
}

let cached: ConfigPayload | undefined;

/**
 * Install a signed config if its signing key is the pinned one (or, when `mayPin`, pin it:
 * the first setup file on a never-enrolled tablet). Returns the payload now in force.
 */
export async function installSignedConfig(
  signingPublicKey: string,
  signed: SignedConfig,
  mayPin = false,
): Promise<ConfigPayload> {
  const pinned = await getPinnedThumbprint();
  const offered = await thumbprint(fromBase64url(signingPublicKey));
  if (pinned === undefined ? !mayPin : pinned !== offered) {
    throw new ConfigError(
      'other_partnership',
      'That configuration belongs to a different partnership than this device.',
    );
  }
  const payload = await verifiedPayload(signingPublicKey, signed);
  const current = await loadConfig();
  if (current && payload.version < current.version) {
    throw new ConfigError(
      'older',
      `That configuration is older (version ${payload.version}) than this device's (version ${current.version}).`,
    );
  }
  if (current && payload.version === current.version) return current;
  if (pinned === undefined) await setPinnedThumbprint(offered);
  await setInstalledConfig({ signingPublicKey, config: signed });
  cached = payload;
  return payload;
}

/** Install a device setup file (offline preparation of a tablet). */
export async function installSetupFile(text: string): Promise<ConfigPayload> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('not_a_file', 'That file is not a Hearth setup file.');
  }
  const file = DeviceSetupFile.safeParse(json);
  if (!file.success) throw new ConfigError('not_a_file', 'That file is not a Hearth setup file.');
  return installSignedConfig(file.data.signingPublicKey, file.data.config, true);
}

/** The installed config, re-verified against the pinned key when first read. */
export async function loadConfig(): Promise<ConfigPayload | undefined> {
  if (cached) return cached;
  const [pinned, installed] = await Promise.all([getPinnedThumbprint(), getInstalledConfig()]);
  if (pinned === undefined || installed === undefined) return undefined;
  try {
    const offered = await thumbprint(fromBase64url(installed.signingPublicKey));
    if (offered !== pinned) return undefined;
    cached = await verifiedPayload(installed.signingPublicKey, installed.config);
  } catch {
    return undefined;
  }
  return cached;
}
