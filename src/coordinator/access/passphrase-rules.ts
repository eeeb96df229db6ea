// The rules a new passphrase must meet, explained to the person choosing it. The passphrase
// is the only thing between a stolen server database and every response, and nobody can
// reset it, so it must resist guessing offline (PBKDF2 slows each guess; length does the rest).

export const MIN_PASSPHRASE_LENGTH = 16;
export const MIN_PASSPHRASE_WORDS = 4;
const MIN_WORD_LETTERS = 3;
const MIN_DISTINCT = 6;
export const MAX_PASSPHRASE_LENGTH = 1024;

export interface PassphraseContext {
  /** The account password it must differ from (at setup, when it is known). */
  password?: string;
  email?: string;
  partnershipName?: string;
}

/** The context of a signed-in coordinator (the partnership's name once a config exists). */
export function signedInContext(email: string, partnershipName?: string): PassphraseContext {
  return { email, ...(partnershipName === undefined ? {} : { partnershipName }) };
}

export type PassphraseRuleId = 'length' | 'variety' | 'password' | 'identity';

export interface PassphraseRule {
  id: PassphraseRuleId;
  text: string;
  met: boolean;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Words of three or more letters or digits. */
export function countWords(passphrase: string): number {
  return passphrase.split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= MIN_WORD_LETTERS)
    .length;
}

function distinctCharacters(passphrase: string): number {
  return new Set([...fold(passphrase)].filter((c) => !/\s/.test(c))).size;
}

/** Parts of who someone is that must not appear in the passphrase (short ones are ignored). */
function identityParts(ctx: PassphraseContext): string[] {
  const parts: string[] = [];
  if (ctx.email) {
    parts.push(fold(ctx.email));
    const local = fold(ctx.email.split('@')[0] ?? '');
    if (local.length >= 4) parts.push(local);
  }
  if (ctx.partnershipName && ctx.partnershipName.trim().length >= 4) {
    parts.push(fold(ctx.partnershipName.trim()));
  }
  return parts;
}

/** Every rule that applies with what is known, and whether `passphrase` meets it. */
export function passphraseRules(passphrase: string, ctx: PassphraseContext = {}): PassphraseRule[] {
  const folded = fold(passphrase);
  const rules: PassphraseRule[] = [
    {
      id: 'length',
      text: `At least ${MIN_PASSPHRASE_LENGTH} characters, or at least ${MIN_PASSPHRASE_WORDS} words of ${MIN_WORD_LETTERS} or more letters`,
      met:
        passphrase.length <= MAX_PASSPHRASE_LENGTH &&
        ([...passphrase].length >= MIN_PASSPHRASE_LENGTH ||
          countWords(passphrase) >= MIN_PASSPHRASE_WORDS),
    },
    {
      id: 'variety',
      text: `At least ${MIN_DISTINCT} different characters (not one character repeated)`,
      met: distinctCharacters(passphrase) >= MIN_DISTINCT,
    },
  ];
  if (ctx.password !== undefined && ctx.password !== '') {
    const password = fold(ctx.password);
    rules.push({
      id: 'password',
      text: 'Not your password, and not containing it',
      met: folded.length > 0 && !folded.includes(password) && !password.includes(folded),
    });
  }
  const parts = identityParts(ctx);
  if (parts.length > 0) {
    rules.push({
      id: 'identity',
      text: ctx.partnershipName
        ? "Not containing your e-mail address or the partnership's name"
        : 'Not containing your e-mail address',
      met: folded.length > 0 && parts.every((p) => !folded.includes(p)),
    });
  }
  return rules;
}

/** True when every applicable rule is met. */
export function passphraseAcceptable(passphrase: string, ctx: PassphraseContext = {}): boolean {
  return passphraseRules(passphrase, ctx).every((r) => r.met);
}
