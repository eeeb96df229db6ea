import { describe, expect, it } from 'vitest';
import {
  buildRecoveryKit,
  generateHandoverCode,
  generatePartnershipKeys,
  generateRecoveryCode,
  kitPublicKeys,
  KeyWrapError,
  normaliseCode,
  parseRecoveryKit,
  rewrapKeys,
  unwrapKeys,
  wrapKeys,
} from '../../../src/crypto';

const FAST = { iterations: 1000, minIterations: 1000 } as const;
const PASSPHRASE = 'seven purple kites over the old mill';

async function makeKit() {
  const secret = await generatePartnershipKeys();
  const code = generateRecoveryCode();
  const passphraseWrapped = await wrapKeys(secret, PASSPHRASE, 'passphrase', FAST);
  const recoveryWrapped = await wrapKeys(secret, code, 'recovery', FAST);
  const text = buildRecoveryKit({
    partnershipName: 'Riverside Partnership',
    createdDay: '2025-03-01',
    kid: secret.kid,
    publicKeys: secret.publicKeys,
    passphraseWrapped,
    recoveryWrapped,
  });
  return { secret, code, text };
}

describe('recovery and hand-over codes', () => {
  it('are grouped, from an unambiguous alphabet, and different each time', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(generateHandoverCode()).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){3}[0-9A-HJKMNP-TV-Z]{5}$/);
    const seen = new Set(Array.from({ length: 200 }, generateRecoveryCode));
    expect(seen.size).toBe(200);
  });

  it('use every character of the alphabet (no bias towards a few)', () => {
    const chars = new Set(Array.from({ length: 100 }, generateRecoveryCode).join('').split(''));
    chars.delete('-');
    expect(chars.size).toBe(32);
  });

  it('are read back ignoring case, spaces, dashes and look-alike letters', () => {
    expect(normaliseCode(' ab1o0-iL2 \n')).toBe('AB10011' + '2');
  });
});

describe('recovery kit', () => {
  it('round-trips and opens with the recovery code, then re-wraps under a new passphrase', async () => {
    const { secret, code, text } = await makeKit();
    const kit = parseRecoveryKit(text);
    expect(kit.kid).toBe(secret.kid);
    expect(text).not.toContain(code);
    expect(text).not.toContain(code.replace(/-/g, ''));
    expect(text).not.toContain(PASSPHRASE);

    const typed = code.toLowerCase().replace(/-/g, ' ');
    const keys = await unwrapKeys(kit.recoveryWrapped, typed, kitPublicKeys(kit), FAST);
    expect(keys.encryption.privateKey.extractable).toBe(false);

    const fresh = await rewrapKeys(
      kit.recoveryWrapped,
      code,
      'a brand new passphrase after loss',
      'passphrase',
      kitPublicKeys(kit),
      FAST,
    );
    await expect(
      unwrapKeys(fresh, 'a brand new passphrase after loss', secret.publicKeys, FAST),
    ).resolves.toBeDefined();
    // The setup passphrase still opens the kit's own passphrase copy.
    await expect(
      unwrapKeys(kit.passphraseWrapped, PASSPHRASE, kitPublicKeys(kit), FAST),
    ).resolves.toBeDefined();
  });

  it('a wrong recovery code is wrong_passphrase', async () => {
    const { text } = await makeKit();
    const kit = parseRecoveryKit(text);
    const wrong = generateRecoveryCode();
    await expect(
      unwrapKeys(kit.recoveryWrapped, wrong, kitPublicKeys(kit), FAST),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
  });

  it('refuses files that are not kits, or whose parts do not fit together', async () => {
    const { text } = await makeKit();
    const kit = JSON.parse(text) as Record<string, unknown>;
    const other = JSON.parse((await makeKit()).text) as Record<string, unknown>;
    const bad = [
      '',
      'hello',
      '{}',
      JSON.stringify({ ...kit, format: 'something-else/1' }),
      JSON.stringify({ ...kit, extra: true }),
      JSON.stringify({ ...kit, recoveryWrapped: kit.passphraseWrapped }),
      JSON.stringify({ ...kit, recoveryWrapped: other.recoveryWrapped }),
      JSON.stringify({ ...kit, passphraseWrapped: 'not a blob' }),
    ];
    for (const t of bad) {
      expect(() => parseRecoveryKit(t)).toThrow(KeyWrapError);
      try {
        parseRecoveryKit(t);
      } catch (e) {
        expect((e as KeyWrapError).code).toBe('malformed');
      }
    }
  });
});
