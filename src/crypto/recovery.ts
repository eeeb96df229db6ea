import * as z from 'zod/mini';
import { Kid, PublicKeyRaw } from '../../protocol/config';
import { Day } from '../../protocol/day';
import { randomBytes } from './bytes';
import { KeyWrapError } from './key-wrap-error';
import { parseWrapped } from './key-wrap';
import type { PublicKeys } from './key-secret';

// Recovery codes, hand-over codes and the recovery kit file (design §5, "Coordinator custody").
// Codes are written on paper: Crockford's base32 alphabet (no I, L, O or U) in groups of five,
// read back case-insensitively with misread letters mapped to digits (normaliseCode).

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 5;

function randomCode(groups: number): string {
  // 256 is a multiple of 32, so `byte & 31` picks every character with equal chance.
  const bytes = randomBytes(groups * GROUP);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]!);
  bytes.fill(0);
  const out: string[] = [];
  for (let g = 0; g < groups; g++) out.push(chars.slice(g * GROUP, (g + 1) * GROUP).join(''));
  return out.join('-');
}

/** 25 characters (125 bits) as `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`: opens the recovery kit. */
export function generateRecoveryCode(): string {
  return randomCode(5);
}

/** 20 characters (100 bits): the one-time passphrase an admin gives a new coordinator in person. */
export function generateHandoverCode(): string {
  return randomCode(4);
}

export const RECOVERY_KIT_FORMAT = 'hearth-recovery-kit/1';

export const RecoveryKitSchema = z.strictObject({
  format: z.literal(RECOVERY_KIT_FORMAT),
  about: z.string(),
  partnershipName: z.string().check(z.minLength(1), z.maxLength(200)),
  createdDay: Day,
  kid: Kid,
  encryptionPublicKey: PublicKeyRaw,
  signingPublicKey: PublicKeyRaw,
  /** The keys wrapped under the passphrase chosen at setup. */
  passphraseWrapped: z.string().check(z.maxLength(64 * 1024)),
  /** The keys wrapped under the recovery code (which is not in the file). */
  recoveryWrapped: z.string().check(z.maxLength(64 * 1024)),
});
export type RecoveryKit = z.infer<typeof RecoveryKitSchema>;

const ABOUT =
  'Hearth recovery kit. It holds the partnership private keys, encrypted. It is useless ' +
  'without the recovery code (or the passphrase it was made with). Keep it and the code apart, ' +
  'both somewhere safe; whoever has both can read every response.';

export interface RecoveryKitInput {
  partnershipName: string;
  createdDay: string;
  kid: string;
  publicKeys: PublicKeys;
  passphraseWrapped: string;
  recoveryWrapped: string;
}

/** The kit file's text (JSON): public information plus the two wrapped copies. */
export function buildRecoveryKit(input: RecoveryKitInput): string {
  const kit: RecoveryKit = {
    format: RECOVERY_KIT_FORMAT,
    about: ABOUT,
    partnershipName: input.partnershipName,
    createdDay: input.createdDay,
    kid: input.kid,
    encryptionPublicKey: input.publicKeys.encryptionPublicKey,
    signingPublicKey: input.publicKeys.signingPublicKey,
    passphraseWrapped: input.passphraseWrapped,
    recoveryWrapped: input.recoveryWrapped,
  };
  return JSON.stringify(RecoveryKitSchema.parse(kit), null, 2) + '\n';
}

/**
 * Reads a kit file's text; throws KeyWrapError('malformed') for anything that is not a
 * Hearth recovery kit, or whose wrapped copies do not fit its own public information.
 */
export function parseRecoveryKit(text: string): RecoveryKit {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyWrapError('malformed', 'This file is not a Hearth recovery kit.');
  }
  const parsed = RecoveryKitSchema.safeParse(json);
  if (!parsed.success)
    throw new KeyWrapError('malformed', 'This file is not a Hearth recovery kit.');
  const kit = parsed.data;
  const passphrase = parseWrapped(kit.passphraseWrapped);
  const recovery = parseWrapped(kit.recoveryWrapped);
  if (
    passphrase.purpose !== 'passphrase' ||
    recovery.purpose !== 'recovery' ||
    passphrase.kid !== kit.kid ||
    recovery.kid !== kit.kid
  ) {
    throw new KeyWrapError('malformed', 'This recovery kit is damaged.');
  }
  return kit;
}

/** The kit's public keys, in the shape unwrapKeys / rewrapKeys take. */
export function kitPublicKeys(kit: RecoveryKit): PublicKeys {
  return { encryptionPublicKey: kit.encryptionPublicKey, signingPublicKey: kit.signingPublicKey };
}
