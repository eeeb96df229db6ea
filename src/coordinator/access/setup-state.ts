import { Email, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from '../../../protocol/api';
import type { Helpline } from '../../../protocol/config';
import { localDay } from '../../../protocol/day';
import {
  buildRecoveryKit,
  generatePartnershipKeys,
  generateRecoveryCode,
  wrapKeys,
  type KeySecret,
} from '../../crypto';
import { EMPTY_PASSPHRASE, type NewPassphrase } from './PassphraseFields';
import type { FieldIssue } from '../ui/issues';

// What the setup wizard has gathered so far, and the checks between its steps. Everything
// stays in memory until the last step; the keys are made in this browser.

export const SETUP_STEPS = [
  'The partnership and you',
  'The passphrase',
  'The keys and the recovery kit',
  'Check the recovery kit',
  'Local services',
  'Finish',
] as const;

export interface CreatedKeys {
  secret: KeySecret;
  passphraseWrapped: string;
  recoveryCode: string;
  kitText: string;
  kitFileName: string;
}

export interface SetupState {
  step: number;
  partnershipName: string;
  email: string;
  password: string;
  passwordConfirm: string;
  passphrase: NewPassphrase;
  created?: CreatedKeys;
  kitDownloaded: boolean;
  codeNoted: boolean;
  kitChecked: boolean;
  helplines: Helpline[];
}

export const INITIAL_SETUP: SetupState = {
  step: 0,
  partnershipName: '',
  email: '',
  password: '',
  passwordConfirm: '',
  passphrase: EMPTY_PASSPHRASE,
  kitDownloaded: false,
  codeNoted: false,
  kitChecked: false,
  helplines: [],
};

function hasControlCharacter(s: string): boolean {
  return [...s].some((c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}

export function accountIssues(s: SetupState): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = s.partnershipName.trim();
  if (name === '') {
    issues.push({ targetId: 'setup-name', message: "Enter the partnership's name" });
  } else if (name.length > 200 || hasControlCharacter(name)) {
    issues.push({
      targetId: 'setup-name',
      message: 'The name must be at most 200 plain characters',
    });
  }
  if (!Email.safeParse(s.email.trim()).success) {
    issues.push({
      targetId: 'setup-email',
      message: 'Enter an e-mail address, like name@example.org',
    });
  }
  if (s.password.length < MIN_PASSWORD_LENGTH) {
    issues.push({
      targetId: 'setup-password',
      message: `The password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  } else if (s.password.length > MAX_PASSWORD_LENGTH) {
    issues.push({ targetId: 'setup-password', message: 'The password is too long' });
  }
  if (s.passwordConfirm !== s.password) {
    issues.push({
      targetId: 'setup-password-confirm',
      message: 'The two passwords are not the same',
    });
  }
  return issues;
}

export function passphraseContext(s: SetupState) {
  return { password: s.password, email: s.email.trim(), partnershipName: s.partnershipName.trim() };
}

/** Generates both key pairs, wraps them under the passphrase and a new recovery code. */
export async function createKeys(
  s: SetupState,
  progress: (message: string) => void,
): Promise<CreatedKeys> {
  progress('Generating the partnership keys…');
  const secret = await generatePartnershipKeys();
  progress('Protecting the keys with your passphrase…');
  const passphraseWrapped = await wrapKeys(secret, s.passphrase.passphrase, 'passphrase');
  progress('Making the recovery kit…');
  const recoveryCode = generateRecoveryCode();
  const recoveryWrapped = await wrapKeys(secret, recoveryCode, 'recovery');
  const day = localDay();
  const partnershipName = s.partnershipName.trim();
  const kitText = buildRecoveryKit({
    partnershipName,
    createdDay: day,
    kid: secret.kid,
    publicKeys: secret.publicKeys,
    passphraseWrapped,
    recoveryWrapped,
  });
  return {
    secret,
    passphraseWrapped,
    recoveryCode,
    kitText,
    kitFileName: recoveryKitFileName(partnershipName, day),
  };
}

/** `hearth-recovery-kit-riverside-partnership-2025-03-01.json` */
export function recoveryKitFileName(partnershipName: string, day: string): string {
  const slug = partnershipName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `hearth-recovery-kit-${slug ? `${slug}-` : ''}${day}.json`;
}
