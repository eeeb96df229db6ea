import { fromBase64url } from '../../protocol/base64url';
import type { ConfigPayload } from '../../protocol/config';
import type { Form } from '../../protocol/form';
import { loadConfig } from '../device/config';
import { hasStaffPin } from '../device/staff-pin';
import { getKioskEvent } from '../storage/kiosk-binding';
import { offeredForm } from '../forms/catalogue';
import type { Submitter } from '../forms/submit';

// Everything the kiosk needs beyond its start screen: config, the form, and the sealer. It
// is loaded after first paint (see KioskApp) so the start screen stays small and fast.

export const KIOSK_FORM_ID = 'survivor-feedback';
export const EASY_READ_FORM_ID = 'survivor-feedback-easy-read';

export interface KioskRuntime {
  config: ConfigPayload;
  form: Form;
  /** The easy-read variant (short sentences, one idea per screen), where there is one. */
  easyRead: Form | undefined;
  submitter: Submitter;
  /** The event this kiosk was started for, recorded with every response. */
  eventId: string | undefined;
}

export type RuntimeResult =
  { ok: true; runtime: KioskRuntime } | { ok: false; reason: 'no-config' | 'no-pin' | 'no-form' };

export async function loadKioskRuntime(): Promise<RuntimeResult> {
  const [config, pinSet, eventId] = await Promise.all([
    loadConfig(),
    hasStaffPin(),
    getKioskEvent(),
  ]);
  if (!config) return { ok: false, reason: 'no-config' };
  if (!pinSet) return { ok: false, reason: 'no-pin' };
  // A form the coordinators switched off is not offered for new responses (the kiosk shows
  // that it is not ready); responses already sealed on the tablet are still sent.
  const form = offeredForm(KIOSK_FORM_ID, config);
  if (!form) return { ok: false, reason: 'no-form' };
  return {
    ok: true,
    runtime: {
      config,
      form,
      easyRead: offeredForm(EASY_READ_FORM_ID, config),
      submitter: lazySubmitter(config.encryptionPublicKey),
      eventId,
    },
  };
}

/**
 * Sealing and the outbox (HPKE, Dexie) are not needed to show "Start", so they load in the
 * background once the start screen is ready, well before anyone reaches "Send".
 */
function lazySubmitter(publicKey: string): Submitter {
  const real = import('../forms/submit').then((m) => m.createSubmitter(fromBase64url(publicKey)));
  real.catch(() => undefined); // a failure surfaces at submit, where it is shown and retried
  return { submit: async (plaintext) => (await real).submit(plaintext) };
}
