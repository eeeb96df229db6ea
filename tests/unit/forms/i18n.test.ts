import { describe, expect, it, vi } from 'vitest';
import { LOCALES, LOCALE_NAMES, isLocale, isRtl, textDirection } from '../../../protocol/locales';
import { formLocales, resolveLocale, text } from '../../../src/forms/i18n';
import { form, rawForm, yesno } from './helpers';
import { Form } from '../../../protocol/form';

describe('locales', () => {
  it('ships English, Polish, Romanian, Urdu and Arabic, named in their own language', () => {
    expect(LOCALES).toEqual(['en', 'pl', 'ro', 'ur', 'ar']);
    expect(LOCALE_NAMES).toEqual({
      en: 'English',
      pl: 'Polski',
      ro: 'Română',
      ur: 'اردو',
      ar: 'العربية',
    });
  });
  it('marks Urdu and Arabic right to left', () => {
    expect(LOCALES.filter(isRtl)).toEqual(['ur', 'ar']);
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('pl')).toBe('ltr');
  });
  it('recognises locale codes', () => {
    expect(isLocale('ro')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('text', () => {
  const greeting = { en: 'Hello', pl: 'Dzień dobry', ar: '  ' };

  it('returns the text in the locale when there is one', () => {
    const onMissing = vi.fn();
    expect(text(greeting, 'pl', onMissing)).toBe('Dzień dobry');
    expect(text(greeting, 'en', onMissing)).toBe('Hello');
    expect(onMissing).not.toHaveBeenCalled();
  });
  it('falls back to English and reports the gap', () => {
    const onMissing = vi.fn();
    expect(text(greeting, 'ro', onMissing)).toBe('Hello');
    expect(text(greeting, 'ar', onMissing)).toBe('Hello'); // blank counts as missing
    expect(onMissing.mock.calls).toEqual([
      [{ locale: 'ro', en: 'Hello' }],
      [{ locale: 'ar', en: 'Hello' }],
    ]);
  });
  it('works without a callback', () => {
    expect(text({ en: 'Hi' }, 'ur')).toBe('Hi');
  });
});

describe('resolveLocale', () => {
  it('matches exact and regional tags, in order of preference', () => {
    expect(resolveLocale('pl')).toBe('pl');
    expect(resolveLocale('pl-PL')).toBe('pl');
    expect(resolveLocale(['fr-FR', 'ar-EG', 'en-GB'])).toBe('ar');
    expect(resolveLocale('RO_ro')).toBe('ro');
  });
  it('falls back to English', () => {
    expect(resolveLocale('fr')).toBe('en');
    expect(resolveLocale([])).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(null)).toBe('en');
  });
  it('only picks a locale that is available', () => {
    expect(resolveLocale(['ur', 'pl'], ['en', 'pl'])).toBe('pl');
    expect(resolveLocale('ur', ['en'])).toBe('en');
  });
});

describe('formLocales', () => {
  it('is English plus the translated locales, in LOCALES order', () => {
    expect(formLocales(form(yesno('q')))).toEqual(['en']);
    const translated = Form.parse(
      rawForm([yesno('q')], { translations: { ar: 'draft', pl: 'reviewed' } }),
    );
    expect(formLocales(translated)).toEqual(['en', 'pl', 'ar']);
  });
});
