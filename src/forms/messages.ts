import type { I18n } from '../../protocol/form';

// Validation messages. Survivors read these, so they are short, plain and never blame the
// person (no "error", no "you must"). English only until the translations are reviewed.

export const MESSAGES = {
  required: { en: 'Please answer this question.' },
  consentRequired: { en: 'Please agree to this to carry on.' },
  invalid: { en: 'Please check this answer.' },
  chooseShown: { en: 'Please choose from the answers shown.' },
  number: { en: 'Please enter a number.' },
  wholeNumber: { en: 'Please enter a whole number.' },
  numberRange: { en: 'Please enter a number from {min} to {max}.' },
  date: { en: 'Please enter a real date.' },
  dateRange: { en: 'Please enter a date from {min} to {max}.' },
  dateFrom: { en: 'Please enter a date on or after {min}.' },
  dateTo: { en: 'Please enter a date on or before {max}.' },
  tooLong: { en: 'Please use {max} characters or fewer.' },
} satisfies Record<string, I18n>;

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders in every language of a message. */
export function fill(message: I18n, params: Params): I18n {
  const out: Record<string, string> = {};
  for (const [locale, template] of Object.entries(message)) {
    if (typeof template === 'string') {
      out[locale] = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    }
  }
  return out as I18n;
}
