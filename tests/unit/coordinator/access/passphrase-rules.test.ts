import { describe, expect, it } from 'vitest';
import {
  countWords,
  passphraseAcceptable,
  passphraseRules,
  type PassphraseContext,
} from '../../../../src/coordinator/access/passphrase-rules';

const CONTEXT = {
  password: 'a long admin password',
  email: 'jo.bloggs@example.org',
  partnershipName: 'Riverside Partnership',
};

function unmet(passphrase: string, ctx: PassphraseContext = CONTEXT): string[] {
  return passphraseRules(passphrase, ctx)
    .filter((r) => !r.met)
    .map((r) => r.id);
}

describe('passphrase rules', () => {
  it('accepts 16 or more characters, or 4 words of 3+ letters', () => {
    expect(unmet('Tr0ub4dor&3xyzzy')).toEqual([]);
    expect(unmet('cat dog red sun')).toEqual([]); // 15 characters, but 4 words
    expect(unmet('cat dog red')).toEqual(['length']);
    expect(unmet('a b c d e f g h')).toEqual(['length']); // 8 "words", none of 3 letters
    expect(unmet('')).toEqual(['length', 'variety', 'password', 'identity']);
  });

  it('counts words across punctuation and scripts', () => {
    expect(countWords('amber-lantern.quietly,drifting')).toBe(4);
    expect(countWords('zażółć gęślą jaźń teraz')).toBe(4);
    expect(countWords('  ')).toBe(0);
  });

  it('refuses one character repeated', () => {
    expect(unmet('aaaaaaaaaaaaaaaaaaaa')).toEqual(['variety']);
    expect(unmet('abababababababababab')).toEqual(['variety']);
  });

  it('refuses the password, or a passphrase containing it or contained in it', () => {
    expect(unmet('A long admin password')).toContain('password');
    expect(unmet('my a long admin password too')).toContain('password');
    expect(unmet('long admin')).toContain('password');
  });

  it("refuses the e-mail address, its name part, or the partnership's name", () => {
    expect(unmet('jo.bloggs and more words')).toContain('identity');
    expect(unmet('JO.BLOGGS@EXAMPLE.ORG rocks')).toContain('identity');
    expect(unmet('riverside partnership forever')).toContain('identity');
    expect(unmet('amber lantern quietly drifting')).toEqual([]);
  });

  it('only lists the rules it can check', () => {
    expect(passphraseRules('anything at all here').map((r) => r.id)).toEqual(['length', 'variety']);
    const noName = passphraseRules('x', { email: 'jo@example.org' });
    expect(noName.find((r) => r.id === 'identity')?.text).toBe(
      'Not containing your e-mail address',
    );
  });

  it('passphraseAcceptable is every rule met', () => {
    expect(passphraseAcceptable('amber lantern quietly drifting', CONTEXT)).toBe(true);
    expect(passphraseAcceptable('short', CONTEXT)).toBe(false);
  });

  it('treats composed and decomposed accents alike', () => {
    const ctx = { partnershipName: 'Café Partnership' };
    expect(unmet('my café partnership'.normalize('NFD') + ' lives', ctx)).toContain('identity');
  });
});
