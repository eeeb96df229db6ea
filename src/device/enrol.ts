import { EnrolResponse } from '../../protocol/api';
import {
  getDeviceCredentials,
  getPinnedThumbprint,
  setDeviceCredentials,
  setPinnedThumbprint,
} from '../storage/device-store';
import { clearSyncStop, getSyncStatus } from '../storage/sync-state';
import { ApiFailure, apiRequest, parseJson } from './api';
import { refreshConfig } from './config-refresh';
import { requestPersistentStorage } from './storage-status';

/** Why enrolment failed; the screen words each code in the staff's language. */
export type EnrolErrorCode =
  | 'already_enrolled'
  | 'invalid_code'
  | 'rate_limited'
  | 'unreachable'
  | 'failed'
  | 'key_mismatch'
  | 'other_partnership';

export class EnrolError extends Error {
  constructor(
    readonly code: EnrolErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Codes are typed by hand: accept lower case, spaces and a missing dash. */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 10 ? `${raw.slice(0, 5)}-${raw.slice(5)}` : raw;
}

export interface EnrolResult {
  partnershipName: string;
  persistent: boolean;
  /** Set when enrolment worked but the config could not be fetched yet. */
  configProblem?: string;
}

/**
 * Enrol this tablet with a one-time code. `expectedThumbprint` comes from the QR code the
 * coordinator showed (out of band): if the server's signing key differs, nothing is kept.
 */
export async function enrol(
  code: string,
  name: string,
  expectedThumbprint?: string,
): Promise<EnrolResult> {
  // Enrolling again is for a tablet the server refuses (revoked, or unknown token): its
  // unsent records are kept and go out under the new enrolment.
  if ((await getDeviceCredentials()) && !(await getSyncStatus()).stopped) {
    throw new EnrolError('already_enrolled', 'This tablet is already enrolled.');
  }
  let body;
  try {
    const res = await apiRequest('/api/v1/devices/enrol', {
      method: 'POST',
      body: JSON.stringify(
        name.trim()
          ? { code: normaliseCode(code), name: name.trim() }
          : { code: normaliseCode(code) },
      ),
    });
    body = await parseJson(res, EnrolResponse);
  } catch (err) {
    if (err instanceof ApiFailure && err.code === 'invalid_code') {
      throw new EnrolError(
        'invalid_code',
        'That code did not work. It may be mistyped, already used or expired. Ask your coordinator for a new one.',
      );
    }
    if (err instanceof ApiFailure && err.status === 429) {
      throw new EnrolError('rate_limited', 'Too many tries. Wait a minute and try again.');
    }
    const unreachable = err instanceof ApiFailure && err.status === 0;
    throw new EnrolError(
      unreachable ? 'unreachable' : 'failed',
      err instanceof Error ? err.message : 'Enrolment failed.',
    );
  }
  if (expectedThumbprint && expectedThumbprint !== body.signingKeyThumbprint) {
    throw new EnrolError(
      'key_mismatch',
      'The server’s partnership key does not match the QR code. Nothing was saved. Tell your coordinator.',
    );
  }
  const pinned = await getPinnedThumbprint();
  if (pinned !== undefined && pinned !== body.signingKeyThumbprint) {
    throw new EnrolError(
      'other_partnership',
      'This tablet is already set up for a different partnership. Nothing was saved.',
    );
  }
  if (pinned === undefined) await setPinnedThumbprint(body.signingKeyThumbprint);
  await setDeviceCredentials({
    deviceId: body.deviceId,
    token: body.token,
    partnershipName: body.partnershipName,
  });
  // A tablet re-enrolled after being refused must start sending again.
  await clearSyncStop();
  const persistent = await requestPersistentStorage();
  try {
    await refreshConfig();
    return { partnershipName: body.partnershipName, persistent };
  } catch (err) {
    const configProblem =
      err instanceof Error ? err.message : 'The configuration could not be loaded.';
    return { partnershipName: body.partnershipName, persistent, configProblem };
  }
}
