import { get, set } from 'idb-keyval';
import * as z from 'zod/mini';
import { SignedConfig } from '../../protocol/config';
import { PinHashSchema, type PinHash } from '../crypto/pin';
import { kv } from './kv';

// Device-local config and staff PIN hash. Every read is validated: a corrupt row is treated
// as absent, never trusted.

async function read<T>(key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const raw: unknown = await get(key, kv());
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export const getSignedConfig = () => read('config', SignedConfig);
export const setSignedConfig = (value: SignedConfig) => set('config', value, kv());

/** The partnership signing public key (base64url raw point), pinned at first setup. */
export const getPinnedSigningKey = () => read('signingKey', z.string());
export const setPinnedSigningKey = (value: string) => set('signingKey', value, kv());

export const getPinHash = () => read('staffPin', PinHashSchema);
export const setPinHash = (value: PinHash) => set('staffPin', PinHashSchema.parse(value), kv());
