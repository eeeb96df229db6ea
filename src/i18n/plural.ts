import type { Locale } from '../../protocol/locales';

// Counted phrases ("5 seconds") follow each language's own plural rules, from the browser's
// Intl.PluralRules (CLDR): Polish has one / few / many (1 sekundę, 2 sekundy, 5 sekund),
// Romanian one / few / other (1 secundă, 2 secunde, 20 de secunde), Arabic zero / one / two /
// few / many / other. A form left out falls back to `other`.

/** The phrasings of one counted phrase, by plural category; `#` is replaced by the count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

/** The form of `forms` that `locale` uses for `count`, with `#` replaced by the count. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const form = forms[rulesFor(locale).select(count)] ?? forms.other;
  return form.replaceAll('#', String(count));
}
