import { fromBase64url } from '../../protocol/base64url';
import { loadConfig } from '../device/config';
import { createSubmitter, type Submitter } from '../forms/submit';

// One sealer for the staff screens, for the partnership key in the installed config. A new
// config with another key gets a new sealer (and so a new sealing session).
let cached: { key: string; submitter: Submitter } | undefined;

export async function configSubmitter(): Promise<Submitter> {
  const config = await loadConfig();
  if (!config) throw new Error('This tablet is not set up yet, so nothing can be sealed.');
  if (cached?.key !== config.encryptionPublicKey) {
    cached = {
      key: config.encryptionPublicKey,
      submitter: createSubmitter(fromBase64url(config.encryptionPublicKey)),
    };
  }
  return cached.submitter;
}
