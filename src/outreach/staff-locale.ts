import { DEFAULT_LOCALE, textDirection, type Locale } from '../../protocol/locales';
import { setLocale } from '../i18n';

// The language staff chose for the outreach screens. Kept in memory only: a reload (or the
// kiosk, which always starts in the default language) goes back to English.

let staffLocale: Locale = DEFAULT_LOCALE;

/** The language staff chose for these screens. */
export function getStaffLocale(): Locale {
  return staffLocale;
}

/** Sets the page's language attributes, so screen readers and the layout follow it. */
export function setDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
}

/**
 * Makes `locale` the staff language and switches to it. If its strings cannot load, the
 * promise rejects and nothing changes.
 */
export async function chooseStaffLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  staffLocale = locale;
  setDocumentLocale(locale);
}

/**
 * Back to the staff language (after an assisted questionnaire ran in the respondent's).
 * The staff language was loaded when chosen, so the strings switch before this returns.
 */
export function restoreStaffLocale(): Promise<unknown> {
  setDocumentLocale(staffLocale);
  return setLocale(staffLocale).catch(() => undefined);
}
