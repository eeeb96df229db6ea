import { ConfigResponse } from '../../protocol/api';
import { getDeviceCredentials } from '../storage/device-store';
import { countDue } from '../storage/outbox';
import { ApiFailure, apiRequest, parseJson } from './api';
import { installSignedConfig, loadConfig } from './config';

export type RefreshResult = 'updated' | 'unchanged' | 'none-published' | 'not-enrolled';

/**
 * Fetch the partnership config and install it only if it verifies against the signing key
 * pinned at enrolment (installSignedConfig refuses anything else). DOM-free: the service
 * worker can run it too.
 */
export async function refreshConfig(fetchImpl: typeof fetch = fetch): Promise<RefreshResult> {
  const device = await getDeviceCredentials();
  if (!device) return 'not-enrolled';
  const [current, waiting] = await Promise.all([
    loadConfig(),
    // Every queued record, due or not (one index count): coordinators see what this tablet
    // still holds even when nothing is sent, e.g. while records wait out a backoff.
    countDue(Number.POSITIVE_INFINITY, true),
  ]);
  const headers: Record<string, string> = { 'Hearth-Waiting': String(waiting) };
  if (current) headers['If-None-Match'] = `"v${current.version}"`;
  let res: Response;
  try {
    res = await apiRequest('/api/v1/config', { token: device.token, headers }, fetchImpl);
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 404) return 'none-published';
    throw err;
  }
  if (res.status === 304) return 'unchanged';
  const body = await parseJson(res, ConfigResponse);
  const before = current?.version;
  const installed = await installSignedConfig(body.signingPublicKey, {
    payload: body.payload,
    signature: body.signature,
    version: body.version,
  });
  return installed.version === before ? 'unchanged' : 'updated';
}
