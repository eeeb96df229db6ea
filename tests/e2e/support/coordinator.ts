// A coordinator for e2e specs: a partnership set up over the HTTP API with REAL keys wrapped
// under a known passphrase (so the real unlock screen opens them), and a helper that goes
// through the real sign-in and unlock screens.
import { expect, type Page } from '@playwright/test';
import { fromBase64url } from '../../../protocol/base64url';
import { DEFAULT_SETTINGS, type ConfigPayload, type Helpline } from '../../../protocol/config';
import { localDay } from '../../../protocol/day';
import {
  generatePartnershipKeys,
  signPayload,
  unlockKeySecret,
  wrapKeys,
  type PublicKeys,
  type UnlockedKeys,
} from '../../../src/crypto';
import { ADMIN, signInCoordinator, type CoordinatorClient } from '../../support/coordinator-api';

export const COORDINATOR = { ...ADMIN, passphrase: 'seven purple kites over the old mill' };

export const PARTNERSHIP_NAME = 'Riverside Partnership';

export const LOCAL_HELPLINE: Helpline = {
  name: 'Riverside Domestic Abuse Service',
  phone: '01632 960 123',
  hours: 'Mon–Fri 9am–5pm',
  description: 'Local support and IDVA service (example).',
};

export interface CoordinatorPartnership {
  client: CoordinatorClient & {
    /** Signs `overrides` over the current config and publishes it as the next version. */
    publishConfig(overrides?: Partial<ConfigPayload>): Promise<number>;
  };
  /** Non-extractable private keys (open records with createRecordOpener(keys.encryption)). */
  keys: UnlockedKeys;
  publicKeys: PublicKeys;
  /** Raw partnership public key: openSealingSession(encryptionPublicKeyRaw) seals for it. */
  encryptionPublicKeyRaw: Uint8Array;
  kid: string;
}

/**
 * POST /setup with real keys wrapped under COORDINATOR.passphrase (600 000 iterations, as in
 * production), sign in as COORDINATOR, and publish a signed config (built-in forms, one
 * local helpline, default settings, plus `overrides`).
 */
export async function setUpCoordinatorPartnership(
  origin: string,
  overrides: Partial<ConfigPayload> = {},
): Promise<CoordinatorPartnership> {
  const secret = await generatePartnershipKeys();
  const wrapped = await wrapKeys(secret, COORDINATOR.passphrase, 'passphrase');
  const keys = await unlockKeySecret(secret);
  const { publicKeys, kid } = secret;
  secret.wipe();

  const setup = await fetch(`${origin}/api/v1/setup`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      partnershipName: PARTNERSHIP_NAME,
      admin: { email: COORDINATOR.email, password: COORDINATOR.password },
      keyring: { ...publicKeys, wrapped },
    }),
  });
  if (!setup.ok) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const client = await signInCoordinator(origin, ADMIN);

  let version = 0;
  let current: ConfigPayload = {
    version: 0,
    issuedDay: localDay(),
    partnershipName: PARTNERSHIP_NAME,
    kid,
    encryptionPublicKey: publicKeys.encryptionPublicKey,
    forms: [],
    events: [],
    helplines: [LOCAL_HELPLINE],
    settings: DEFAULT_SETTINGS,
  };
  async function publishConfig(changes: Partial<ConfigPayload> = {}): Promise<number> {
    current = { ...current, ...changes, version: version + 1, issuedDay: localDay() };
    const payload = JSON.stringify(current);
    const res = await client.request('PUT', '/api/v1/config', {
      payload,
      signature: await signPayload(keys.signingPrivateKey, payload),
    });
    if (!res.ok) throw new Error(`publish config: ${res.status} ${await res.text()}`);
    version = current.version;
    return version;
  }
  await publishConfig(overrides);

  return {
    client: { ...client, publishConfig },
    keys,
    publicKeys,
    encryptionPublicKeyRaw: fromBase64url(publicKeys.encryptionPublicKey),
    kid,
  };
}

/**
 * Opens /coordinator, signs in as COORDINATOR (or `who`) through the sign-in screen and
 * unlocks the key through the unlock screen. Resolves once the key shows as unlocked.
 */
export async function signInAndUnlock(
  page: Page,
  baseURL = '',
  who: { email: string; password: string; passphrase: string } = COORDINATOR,
): Promise<void> {
  await page.goto(`${baseURL}/coordinator`);
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(who.passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 15_000 });
}

export interface WizardAnswers {
  partnershipName: string;
  email: string;
  password: string;
  passphrase: string;
}

/**
 * Goes through the whole first-run wizard on an empty server (keys made in the browser, kit
 * downloaded and checked, no local services) and waits for the devices screen it ends on.
 */
export async function completeSetupWizard(page: Page, who: WizardAnswers): Promise<void> {
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name });
  await page.goto('/coordinator');
  await page.getByLabel('Partnership name').fill(who.partnershipName);
  await page.getByLabel('Your e-mail address').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByLabel('Type the password again').fill(who.password);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1('Set up Hearth: the passphrase')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(who.passphrase);
  await page.getByLabel('Type the passphrase again').fill(who.passphrase);
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('button', { name: 'Create the keys' }).click();
  const codeBox = page.locator('#setup-recovery-code');
  await expect(codeBox).toHaveText(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/, { timeout: 15_000 });
  const recoveryCode = (await codeBox.textContent())!;
  const [kit] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the recovery kit' }).click(),
  ]);
  const kitPath = await kit.path();
  await page.getByLabel('I have written down the recovery code').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1('Set up Hearth: check the recovery kit')).toBeVisible();
  await page.getByLabel('Recovery kit file').setInputFiles(kitPath);
  await page.getByLabel('Recovery code').fill(recoveryCode);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1('Set up Hearth: local services')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Set up Hearth' }).click();
  await expect(h1('Devices')).toBeVisible({ timeout: 15_000 });
}
