import { fromBase64url } from '../../protocol/base64url';
import type { ConfigPayload } from '../../protocol/config';
import type { Form } from '../../protocol/form';
import { loadConfig } from '../device/config';
import { hasStaffPin } from '../device/staff-pin';
import { latestForm } from '../forms/catalogue';
import { createSubmitter, type Submitter } from '../forms/submit';

// Everything the kiosk needs beyond its start screen: config, the form, and the sealer. It
// is loaded after first paint (see KioskApp) so the start screen stays small and fast.

export const KIOSK_FORM_ID = 'survivor-feedback';

export interface KioskRuntime {
  config: ConfigPayload;
  form: Form;
  submitter: Submitter;
}

export type RuntimeResult =
  { ok: true; runtime: KioskRuntime } | { ok: false; reason: 'no-config' | 'no-pin' | 'no-form' };

export async function loadKioskRuntime(): Promise<RuntimeResult> {
  const [config, pinSet] = await Promise.all([loadConfig(), hasStaffPin()]);
  if (!config) return { ok: false, reason: 'no-config' };
  if (!pinSet) return { ok: false, reason: 'no-pin' };
  const form = latestForm(KIOSK_FORM_ID, config.forms);
  if (!form) return { ok: false, reason: 'no-form' };
  const submitter = createSubmitter(fromBase64url(config.encryptionPublicKey));
  return { ok: true, runtime: { config, form, submitter } };
}
