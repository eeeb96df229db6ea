import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../protocol/locales';
import { ar } from '../../../src/i18n/ar';
import { en, type Messages } from '../../../src/i18n/en';
import { pl } from '../../../src/i18n/pl';
import { ro } from '../../../src/i18n/ro';
import { ur } from '../../../src/i18n/ur';
import {
  ARABIC_ONLY,
  ARABIC_SCRIPT,
  CALLS,
  CEDILLA,
  COUNTS,
  DIACRITICS,
  URDU_ONLY,
  allStrings,
  englishKeys,
  functionKeys,
  hasNumber,
} from './helpers';

// The interface strings of every locale: complete, never blank or a placeholder, counted
// phrases right for every count, and in the right script.

const ALL: Record<Locale, Messages> = { en, pl, ro, ur, ar };
const TRANSLATED = LOCALES.filter((l) => l !== 'en');
/** Strings that are rightly the same as the English. */
const SAME_AS_ENGLISH: Partial<Record<Locale, string[]>> = { pl: ['pinOk'], ro: ['pinOk'] };

describe.each(TRANSLATED)('interface strings: %s', (locale) => {
  const m = ALL[locale];

  it('has exactly the keys of English, with the same kind of value', () => {
    expect(Object.keys(m).sort()).toEqual([...englishKeys].sort());
    for (const key of englishKeys) {
      const k = key as keyof Messages;
      expect(typeof m[k], key).toBe(typeof en[k]);
      if (typeof en[k] === 'function')
        expect((m[k] as () => string).length, key).toBe(en[k].length);
    }
  });

  it('has no blank, key-like or untranslated text', () => {
    for (const [key, value] of Object.entries(m)) {
      if (typeof value !== 'string') continue;
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.trim());
      expect(value, key).not.toBe(key);
      expect(value, key).not.toMatch(/^[a-z]+[A-Z]\w*$|TODO|FIXME|\{\w+\}|#/);
      if (!SAME_AS_ENGLISH[locale]?.includes(key)) {
        expect(value, key).not.toBe(en[key as keyof Messages]);
      }
    }
  });

  it('covers every function of English in the test table', () => {
    expect(functionKeys(m).sort()).toEqual(Object.keys(CALLS).sort());
    expect(functionKeys(en).sort()).toEqual(Object.keys(CALLS).sort());
  });

  it.each(Object.keys(CALLS))('%s gives a filled-in sentence for every count', (key) => {
    const { call, numbers, counted } = CALLS[key as keyof typeof CALLS];
    const rules = new Intl.PluralRules(locale);
    for (const n of COUNTS) {
      const out = call(m, n);
      const english = call(en, n);
      expect(out.trim(), `${key}(${n})`).not.toBe('');
      expect(out, `${key}(${n})`).not.toMatch(/#|\{|\}|undefined|NaN|null/);
      expect(out, `${key}(${n})`).not.toBe(english);
      // Arabic says one and two of a counted noun in words; the form still differs by count.
      const inWords = counted && locale === 'ar' && ['one', 'two'].includes(rules.select(n));
      for (const x of numbers(n)) {
        if (hasNumber(english, x) && !inWords)
          expect(out, `${key}(${n})`).toSatisfy((s: string) => hasNumber(s, x));
      }
      if (!counted && numbers(n).length === 0) expect(out).toContain(`Band ${n}`);
    }
  });
});

describe('plural forms follow each language', () => {
  it('Polish: one, few and many (sekundę / sekundy / sekund)', () => {
    expect(pl.pinLocked(1)).toContain('1 sekundę');
    expect(pl.pinLocked(2)).toContain('2 sekundy');
    expect(pl.pinLocked(5)).toContain('5 sekund ');
    expect(pl.pinLocked(22)).toContain('22 sekundy');
    expect(pl.charactersLeft(1)).toBe('Został Ci 1 znak');
    expect(pl.charactersLeft(3)).toBe('Zostały Ci 3 znaki');
    expect(pl.charactersLeft(11)).toBe('Zostało Ci 11 znaków');
    expect(pl.charactersLeft(0)).toBe('Zostało Ci 0 znaków');
  });
  it('Romanian: "de" from 20 up (2 secunde, 20 de secunde)', () => {
    expect(ro.idleBody(1)).toContain('1 secundă');
    expect(ro.idleBody(19)).toContain('19 secunde');
    expect(ro.idleBody(20)).toContain('20 de secunde');
    expect(ro.charactersLeft(100)).toBe('Mai ai 100 de caractere');
    expect(ro.charactersLeft(102)).toBe('Mai ai 102 caractere');
  });
  it('Arabic: one, two, few (3–10), many (11–99), other', () => {
    expect(ar.idleBody(1)).toContain('ثانية واحدة');
    expect(ar.idleBody(2)).toContain('ثانيتين');
    expect(ar.idleBody(3)).toContain('3 ثوانٍ');
    expect(ar.idleBody(11)).toContain('11 ثانية');
    expect(ar.idleBody(100)).toContain('100 ثانية');
    expect(ar.charactersLeft(2)).toBe('يتبقّى لك حرفان');
    expect(ar.charactersLeft(22)).toBe('يتبقّى لك 22 حرفًا');
  });
  it('Urdu: one and other', () => {
    expect(ur.charactersLeft(1)).toBe('1 حرف باقی ہے');
    expect(ur.charactersLeft(2)).toBe('2 حروف باقی ہیں');
  });
});

describe('staff screens', () => {
  it('count responses in each language', () => {
    expect(en.syncResponses(1)).toBe('1 response');
    expect(en.syncResponses(2)).toBe('2 responses');
    expect(pl.syncResponses(1)).toBe('1 odpowiedź');
    expect(pl.syncResponses(5)).toBe('5 odpowiedzi');
    expect(ro.syncResponses(2)).toBe('2 răspunsuri');
    expect(ro.syncResponses(20)).toBe('20 de răspunsuri');
    expect(ar.syncResponses(2)).toBe('إجابتان');
    expect(ar.syncResponses(3)).toBe('3 إجابات');
    expect(ur.syncResponses(2)).toBe('2 جوابات');
  });
  it('keep the English wording the e2e tests and staff rely on', () => {
    expect(en.questionnaireStart('Form')).toBe('Start “Form”');
    expect(en.questionnaireWasPaused('Form')).toMatch(/^“Form” paused/);
    expect(en.sheetClosed('Fair')).toMatch(/^“Fair” closed\./);
    expect(en.enrolDone('Partnership')).toBe('Enrolled with Partnership.');
    expect(en.outreachConfigVersion(1)).toBe('Version 1');
    expect(en.syncRevoked(1)).toContain('switched off by your coordinator');
    expect(en.syncProgress(1, 2)).toBe('Sending 1 of 2');
  });
  it.each(LOCALES)('%s: easy read toggle texts', (locale) => {
    expect(ALL[locale].easyReadOn).toContain(ALL[locale].easyRead);
  });
});

describe('scripts', () => {
  it.each(['ur', 'ar'] as const)('%s is written in Arabic script throughout', (locale) => {
    for (const s of allStrings(ALL[locale])) expect(s).toMatch(ARABIC_SCRIPT);
  });
  it('Urdu uses Urdu letters, not Arabic look-alikes', () => {
    const text = allStrings(ur).join(' ');
    expect(text).toMatch(URDU_ONLY);
    expect(text).not.toMatch(ARABIC_ONLY);
  });
  it('Arabic uses Arabic letters, not Urdu or Persian ones', () => {
    expect(allStrings(ar).join(' ')).not.toMatch(URDU_ONLY);
  });
  it.each(['pl', 'ro'] as const)('%s has its diacritics', (locale) => {
    const text = allStrings(ALL[locale]).join(' ');
    expect(text).toMatch(DIACRITICS[locale]!);
    expect(text).not.toMatch(CEDILLA);
  });
  it('keeps 999 and 55 as they are', () => {
    for (const locale of TRANSLATED) {
      expect(ALL[locale].emergency).toContain('999');
      expect(ALL[locale].silentCall).toMatch(/999[^]*55/);
    }
  });
  it('names the exit button in the instructions as it is labelled', () => {
    for (const locale of LOCALES) {
      expect(ALL[locale].introExit).toContain(ALL[locale].exitThisPage);
    }
  });
});
