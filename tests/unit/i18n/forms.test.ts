import { describe, expect, it, vi } from 'vitest';
import { Form } from '../../../protocol/form';
import { LOCALES } from '../../../protocol/locales';
import { survivorFeedback } from '../../../src/forms/builtin/survivor-feedback';
import { formLocales, text } from '../../../src/forms/i18n';
import { MESSAGES, fill } from '../../../src/forms/messages';
import { ARABIC_ONLY, ARABIC_SCRIPT, CEDILLA, DIACRITICS, URDU_ONLY, collectI18n } from './helpers';

// Translations of the built-in survivor form and the validation messages: every text in all
// five languages, placeholders kept, right script; and English fallback for anything missing.

const SOURCES = {
  'survivor-feedback': collectI18n(survivorFeedback),
  'validation messages': collectI18n(MESSAGES),
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(SOURCES))('%s', (_, texts) => {
  it('has texts to check', () => {
    expect(texts.length).toBeGreaterThan(10);
  });

  it('has every text in all five languages, none blank or left in English', () => {
    for (const { path, text: t } of texts) {
      expect(Object.keys(t).sort(), path).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const s = t[locale];
        expect(s?.trim(), `${path}.${locale}`).toBeTruthy();
        expect(s, `${path}.${locale}`).toBe(s?.trim());
        if (locale !== 'en' && /[a-z]{3}/i.test(t.en))
          expect(s, `${path}.${locale}`).not.toBe(t.en);
      }
    }
  });

  it('keeps the same {placeholders} in every language', () => {
    for (const { path, text: t } of texts) {
      for (const locale of LOCALES) {
        expect(placeholders(t[locale] ?? ''), `${path}.${locale}`).toEqual(placeholders(t.en));
      }
    }
  });

  it('writes Urdu and Arabic in their own letters, Polish and Romanian with diacritics', () => {
    for (const { path, text: t } of texts) {
      expect(t.ur, path).toMatch(ARABIC_SCRIPT);
      expect(t.ar, path).toMatch(ARABIC_SCRIPT);
      expect(t.ur, path).not.toMatch(ARABIC_ONLY);
      expect(t.ar, path).not.toMatch(URDU_ONLY);
      expect(`${t.pl}${t.ro}`, path).not.toMatch(CEDILLA);
    }
    const all = (l: 'pl' | 'ro') => texts.map((x) => x.text[l]).join(' ');
    expect(all('pl')).toMatch(DIACRITICS.pl!);
    expect(all('ro')).toMatch(DIACRITICS.ro!);
  });
});

describe('survivor feedback translations', () => {
  it('still passes the form schema', () => {
    expect(Form.safeParse(survivorFeedback).success).toBe(true);
  });
  it('lists every translation as a draft awaiting review', () => {
    expect(survivorFeedback.translations).toEqual({
      pl: 'draft',
      ro: 'draft',
      ur: 'draft',
      ar: 'draft',
    });
    expect(formLocales(survivorFeedback)).toEqual([...LOCALES]);
  });
  it('shows each language without reporting anything missing', () => {
    const onMissing = vi.fn();
    for (const { text: t } of collectI18n(survivorFeedback)) {
      for (const locale of LOCALES) expect(text(t, locale, onMissing)).toBe(t[locale]);
    }
    expect(onMissing).not.toHaveBeenCalled();
  });
});

describe('validation messages', () => {
  it('fill the placeholders in every language', () => {
    const filled = fill(MESSAGES.numberRange, { min: 1, max: 10 });
    for (const locale of LOCALES) {
      expect(filled[locale]).toMatch(/(?<!\d)1(?!\d)[^]*10/);
      expect(filled[locale]).not.toContain('{');
    }
  });
});

describe('fallback for a missing translation', () => {
  const partial = { en: 'Please answer this question.', pl: MESSAGES.required.pl };

  it.each(['ro', 'ur', 'ar'] as const)('shows English for %s and reports the gap', (locale) => {
    const onMissing = vi.fn();
    const shown = text(partial, locale, onMissing);
    expect(shown).toBe('Please answer this question.');
    expect(shown).not.toMatch(/^[a-z]+[A-Z]\w*$|^required$/);
    expect(onMissing).toHaveBeenCalledExactlyOnceWith({
      locale,
      en: 'Please answer this question.',
    });
  });
  it('uses the translation when there is one', () => {
    const onMissing = vi.fn();
    expect(text(partial, 'pl', onMissing)).toBe(MESSAGES.required.pl);
    expect(onMissing).not.toHaveBeenCalled();
  });
  it('treats a blank translation as missing', () => {
    const onMissing = vi.fn();
    expect(text({ en: 'Yes', ar: ' ' }, 'ar', onMissing)).toBe('Yes');
    expect(onMissing).toHaveBeenCalledOnce();
  });
});
