import { PutConfigRequest, PutConfigResponse, type KeyringResponse } from '../../../protocol/api';
import {
  ConfigPayload,
  type Helpline,
  type PartnershipEvent,
  type Settings,
} from '../../../protocol/config';
import { localDay } from '../../../protocol/day';
import type { Form } from '../../../protocol/form';
import { signPayload, type UnlockedKeys } from '../../crypto';
import { coordinatorJson } from '../api';

// Every publish builds the whole config, signs its exact bytes in this browser with the
// partnership signing key, and PUTs it; the server checks the signature against the stored
// signing public key and refuses a version that does not increase (409 stale_version).

/** What a coordinator edits; the keys and version are filled in at publish time. */
export interface ConfigDraft {
  partnershipName: string;
  /** Published form definitions (built-ins ship with the app and need not be listed). */
  forms: Form[];
  events: PartnershipEvent[];
  helplines: Helpline[];
  settings: Settings;
}

/** The exact payload text that will be signed; throws if the draft is not a valid config. */
export function buildPayload(
  draft: ConfigDraft,
  keyring: Pick<KeyringResponse, 'kid' | 'encryptionPublicKey'>,
  version: number,
  issuedDay: string = localDay(),
): string {
  const payload: ConfigPayload = {
    version,
    issuedDay,
    partnershipName: draft.partnershipName,
    kid: keyring.kid,
    encryptionPublicKey: keyring.encryptionPublicKey,
    forms: draft.forms,
    events: draft.events,
    helplines: draft.helplines,
    settings: draft.settings,
  };
  return JSON.stringify(ConfigPayload.parse(payload));
}

/** Signs and publishes `draft` as version `currentVersion + 1`; returns the new version. */
export async function publishConfig(
  draft: ConfigDraft,
  keyring: Pick<KeyringResponse, 'kid' | 'encryptionPublicKey'>,
  keys: UnlockedKeys,
  currentVersion: number,
): Promise<number> {
  const payload = buildPayload(draft, keyring, currentVersion + 1);
  const body: PutConfigRequest = {
    payload,
    signature: await signPayload(keys.signingPrivateKey, payload),
  };
  const res = await coordinatorJson('/config', PutConfigResponse, { method: 'PUT', body });
  return res.version;
}

/** The editable part of a published payload (for the next publish to start from). */
export function draftOf(payload: ConfigPayload): ConfigDraft {
  const { partnershipName, forms, events, helplines, settings } = payload;
  return { partnershipName, forms, events, helplines, settings };
}
