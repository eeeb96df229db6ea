import type { I18n } from '../../../protocol/form';
import type { Locale } from '../../../protocol/locales';
import { en, type Messages } from '../../../src/i18n/en';

// Shared by the i18n tests: how to call each function-valued string, and script checks.

export const COUNTS = [0, 1, 2, 3, 5, 11, 22, 100] as const;

type FunctionKey = {
  [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never;
}[keyof Messages];

export interface Call {
  /** The string for count `n`. */
  call: (m: Messages, n: number) => string;
  /** Numbers that appear in the English for count `n` and must appear in every language. */
  numbers: (n: number) => number[];
  /** A counted noun: Arabic says one and two in words (ثانية واحدة، ثانيتين), not digits. */
  counted: boolean;
}

const count = (f: (m: Messages, n: number) => string): Call => ({
  call: f,
  numbers: (n) => [n],
  counted: true,
});
const label = (f: (m: Messages, label: string) => string): Call => ({
  call: (m, n) => f(m, `Band ${n}`),
  numbers: () => [],
  counted: false,
});

/** Every function in en, and how to call it; the Record type makes this list complete. */
export const CALLS: Record<FunctionKey, Call> = {
  exitShiftProgress: count((m, n) => m.exitShiftProgress(n)),
  pageOf: { call: (m, n) => m.pageOf(n, n + 7), numbers: (n) => [n, n + 7], counted: false },
  idleBody: count((m, n) => m.idleBody(n)),
  charactersLeft: count((m, n) => m.charactersLeft(n)),
  charactersOver: count((m, n) => m.charactersOver(n)),
  addOne: label((m, l) => m.addOne(l)),
  removeOne: label((m, l) => m.removeOne(l)),
  pinLocked: count((m, n) => m.pinLocked(n)),
  outreachConfigVersion: {
    call: (m, n) => m.outreachConfigVersion(n),
    numbers: (n) => [n],
    counted: false,
  },
  syncRevoked: count((m, n) => m.syncRevoked(n)),
  syncResponses: count((m, n) => m.syncResponses(n)),
  syncConflicts: count((m, n) => m.syncConflicts(n)),
  syncRejected: count((m, n) => m.syncRejected(n)),
  syncTodayAt: label((m, l) => m.syncTodayAt(l)),
  syncDayAt: label((m, l) => m.syncDayAt(l, '10:30')),
  syncTryingAgain: label((m, l) => m.syncTryingAgain(l)),
  syncUsed: label((m, l) => m.syncUsed(l, '2 GB')),
  syncProgress: {
    call: (m, n) => m.syncProgress(n, n + 7),
    numbers: (n) => [n, n + 7],
    counted: false,
  },
  pinFormLocked: count((m, n) => m.pinFormLocked(n)),
  setupDone: { call: (m, n) => m.setupDone(`Band ${n}`, n), numbers: (n) => [n], counted: false },
  setupUnchanged: label((m, l) => m.setupUnchanged(l)),
  enrolDone: label((m, l) => m.enrolDone(l)),
  enrolConfigProblem: label((m, l) => m.enrolConfigProblem(l)),
  questionnaireStart: label((m, l) => m.questionnaireStart(l)),
  questionnairePausedOn: label((m, l) => m.questionnairePausedOn(l)),
  questionnaireResume: label((m, l) => m.questionnaireResume(l)),
  questionnaireWasPaused: label((m, l) => m.questionnaireWasPaused(l)),
  questionnaireWasDiscarded: label((m, l) => m.questionnaireWasDiscarded(l)),
  questionnaireWasSent: label((m, l) => m.questionnaireWasSent(l)),
  eventsOpen: label((m, l) => m.eventsOpen(l)),
  sheetCloseTitle: label((m, l) => m.sheetCloseTitle(l)),
  sheetClosed: label((m, l) => m.sheetClosed(l)),
  sheetKeptOpen: label((m, l) => m.sheetKeptOpen(l)),
};

export const functionKeys = (m: Messages) =>
  Object.keys(m).filter((k) => typeof m[k as keyof Messages] === 'function');

/** `n` as a whole number in `s` (so 1 is not found inside 100). */
export const hasNumber = (s: string, n: number) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(s);

/** Every string of a locale's messages, functions called with a few counts. */
export function allStrings(m: Messages): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(m)) {
    if (typeof value === 'string') out.push(value);
    else for (const n of COUNTS) out.push(CALLS[key as FunctionKey].call(m, n));
  }
  return out;
}

export const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Letters Urdu writes differently from Arabic (ی ک ہ ے ں ٹ ڈ ڑ گ چ پ ھ and the full stop ۔). */
export const URDU_ONLY =
  /[\u06CC\u06A9\u06C1\u06D2\u06BA\u0679\u0688\u0691\u06AF\u0686\u067E\u06BE\u06D4]/u;
/** Arabic ي ك ه ى: Urdu uses ی ک ہ instead, which Nastaliq fonts shape correctly. */
export const ARABIC_ONLY = /[\u064A\u0643\u0647\u0649]/u;
export const DIACRITICS: Partial<Record<Locale, RegExp>> = {
  pl: /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u,
  // Romanian ș and ț with a comma below (U+0219, U+021B), not the Turkish cedilla ş ţ.
  ro: /[ăâîșțĂÂÎȘȚ]/u,
};
export const CEDILLA = /[şţŞŢ]/u;

/** Every I18n object inside `value` (a form, a message table), with where it was found. */
export function collectI18n(value: unknown, path = ''): { path: string; text: I18n }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectI18n(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if (typeof (value as { en?: unknown }).en === 'string') return [{ path, text: value as I18n }];
  return Object.entries(value).flatMap(([k, v]) => collectI18n(v, path ? `${path}.${k}` : k));
}

export const englishKeys = Object.keys(en);
