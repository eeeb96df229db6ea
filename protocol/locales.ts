// The languages Hearth ships (design §9). English is the source language: every text has an
// English version, and other languages fall back to it string by string.

export const LOCALES = ['en', 'pl', 'ro', 'ur', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language, as a person looking for it would recognise it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  pl: 'Polski',
  ro: 'Română',
  ur: 'اردو',
  ar: 'العربية',
};

const RTL: ReadonlySet<Locale> = new Set<Locale>(['ur', 'ar']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Urdu and Arabic are written right to left. */
export function isRtl(locale: Locale): boolean {
  return RTL.has(locale);
}

/** The value for an element's `dir` attribute. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return isRtl(locale) ? 'rtl' : 'ltr';
}

/**
 * Translations are data with a status so a native speaker can check them: `draft` until
 * reviewed, `reviewed` once checked.
 */
export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
