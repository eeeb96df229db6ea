import { DEFAULT_LOCALE, type Locale, type TranslationStatus } from '../../protocol/locales';
import { en, type Messages } from './en';

// The active interface strings. English is bundled with the app; every other locale is a
// separate chunk, fetched (from the service worker's cache when offline) only when someone
// chooses it, so the kiosk's first paint carries no translations it does not need.
// Components read messages() while rendering; after setLocale resolves, re-render.

export type { Messages } from './en';

/**
 * Review status of each interface translation (design §9). `draft` texts were machine
 * assisted and await a native speaker; change one to `reviewed` once it has been checked.
 */
export const INTERFACE_TRANSLATIONS: Readonly<Record<Locale, TranslationStatus>> = {
  en: 'reviewed',
  pl: 'draft',
  ro: 'draft',
  ur: 'draft',
  ar: 'draft',
};

// Literal import() calls, one per locale, so the bundler emits one chunk for each.
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Messages>>> = {
  pl: () => import('./pl').then((m) => m.pl),
  ro: () => import('./ro').then((m) => m.ro),
  ur: () => import('./ur').then((m) => m.ur),
  ar: () => import('./ar').then((m) => m.ar),
};

const loaded = new Map<Locale, Messages>([['en', en]]);
let active: Messages = en;
let activeLocale: Locale = DEFAULT_LOCALE;
/** Counts setLocale calls, so that when choices overlap the last one wins. */
let choice = 0;

/** The interface strings of the current locale. */
export function messages(): Messages {
  return active;
}

/** The locale messages() currently answers in. */
export function currentLocale(): Locale {
  return activeLocale;
}

/** A locale's strings, loading its chunk the first time, without switching to it. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  if (locale === 'en') return en; // always cached; narrows the type for LOADERS
  const strings = await LOADERS[locale]();
  loaded.set(locale, strings);
  return strings;
}

/**
 * Makes `locale` current and resolves with its strings. A locale loaded before switches at
 * once (before this returns); otherwise once its chunk has loaded. If it cannot load, the
 * promise rejects and the current locale stays. When calls overlap, the last call wins: an
 * earlier choice that finishes loading later does not replace it.
 */
export function setLocale(locale: Locale): Promise<Messages> {
  const mine = ++choice;
  const use = (strings: Messages): Messages => {
    if (mine === choice) {
      active = strings;
      activeLocale = locale;
    }
    return strings;
  };
  const cached = loaded.get(locale);
  return cached ? Promise.resolve(use(cached)) : loadMessages(locale).then(use);
}
