import type { Form, I18n } from '../../protocol/form';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../protocol/locales';

// Picking the words to show. A missing translation falls back to English, string by string,
// and is reported so it can be logged and fixed; a person never sees a key or a blank.

export interface MissingText {
  locale: Locale;
  /** The English text shown instead. */
  en: string;
}

/** `i18n` in `locale`, or in English when that locale has no (non-blank) text. */
export function text(i18n: I18n, locale: Locale, onMissing?: (info: MissingText) => void): string {
  if (locale !== 'en') {
    const s = i18n[locale];
    if (s !== undefined && s.trim() !== '') return s;
    onMissing?.({ locale, en: i18n.en });
  }
  return i18n.en;
}

/**
 * The first supported locale among `requested` (e.g. `navigator.languages`, a saved choice),
 * matching `pl-PL` to `pl`; English when none matches.
 */
export function resolveLocale(
  requested: string | readonly string[] | null | undefined,
  available: readonly Locale[] = LOCALES,
): Locale {
  const tags = typeof requested === 'string' ? [requested] : (requested ?? []);
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary) && available.includes(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** The languages a form can be shown in: English plus those it has translations for. */
export function formLocales(form: Form): Locale[] {
  const listed = new Set(Object.keys(form.translations ?? {}));
  return LOCALES.filter((l) => l === 'en' || listed.has(l));
}
