import { get, set } from 'idb-keyval';
import * as z from 'zod/mini';
import { PublicKeyRaw, SignedConfig } from '../../protocol/config';
import { PinHashSchema, type PinHash } from '../crypto/pin';
import { kv } from './kv';

// Device-local config, enrolment and staff PIN. Every read is validated: a corrupt row is
// treated as absent, never trusted.

async function read<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const raw: unknown = await get(key, kv());
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The signed config as received, with the signing key it claims (checked against the pin). */
export const InstalledConfig = z.strictObject({
  signingPublicKey: PublicKeyRaw,
  config: SignedConfig,
});
export type InstalledConfig = z.infer<typeof InstalledConfig>;

export const getInstalledConfig = () => read('config', InstalledConfig);
export const setInstalledConfig = (value: InstalledConfig) => set('config', value, kv());

/** b64u(SHA-256(raw signing public key)), pinned at enrolment or first setup file. */
export const getPinnedThumbprint = () => read('signingKeyThumbprint', z.string());
export const setPinnedThumbprint = (value: string) => set('signingKeyThumbprint', value, kv());

/** What enrolment gave this tablet: its id and the bearer token for the device API. */
export const DeviceCredentials = z.strictObject({
  deviceId: z.string(),
  token: z.string(),
  partnershipName: z.string(),
});
export type DeviceCredentials = z.infer<typeof DeviceCredentials>;

export const getDeviceCredentials = () => read('device', DeviceCredentials);
export const setDeviceCredentials = (value: DeviceCredentials) =>
  set('device', DeviceCredentials.parse(value), kv());

export const getPinHash = () => read('staffPin', PinHashSchema);
export const setPinHash = (value: PinHash) => set('staffPin', PinHashSchema.parse(value), kv());
