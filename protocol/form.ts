import * as z from 'zod/mini';
import { Day } from './day';
import { LOCALES, TRANSLATION_STATUSES, type Locale } from './locales';

// Form definitions are data (design §4): built-in forms ship with the app and coordinators
// publish new versions through the signed config, so everything a device relies on when it
// renders, validates and seals a response is checked here, with messages a form author can
// act on. All objects are strict: a misspelt key is an error, not silently ignored.

/** The extra answer a question with `preferNotToSay` accepts. */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

const id = (re: RegExp, also: string) =>
  z.string().check(z.maxLength(64), z.regex(re, `use a-z, 0-9${also}, starting with a letter`));
const Slug = id(/^[a-z][a-z0-9_]*$/, ' and _');
const Key = id(/^[a-z][a-z0-9_-]*$/, ', _ and -');
const Text = z.string().check(z.maxLength(5000), z.regex(/\S/, 'text must not be blank'));
/** Names unknown fields instead of zod/mini's bare "Invalid input". */
const STRICT = {
  error: (iss: z.core.$ZodRawIssue) =>
    iss.code === 'unrecognized_keys' ? `unknown field: ${iss.keys.join(', ')}` : undefined,
};

// `satisfies` keeps the keys in step with LOCALES: a missing or extra locale fails to compile.
const Other = z.optional(Text);
type PerLocale = Record<Locale, z.ZodMiniType>;
const i18nShape = { en: Text, pl: Other, ro: Other, ur: Other, ar: Other } satisfies PerLocale;
/** A text in English (required, the source language) and any of the other locales. */
export const I18n = z.strictObject(i18nShape, STRICT);
export type I18n = z.infer<typeof I18n>;

type Scalar = string | number | boolean;
export type Condition =
  | {
      q: string;
      equals?: Scalar | undefined;
      in?: (string | number)[] | undefined;
      answered?: boolean | undefined;
    }
  | { all: Condition[] }
  | { any: Condition[] };

const Conditions = z
  .array(z.lazy((): z.ZodMiniType<Condition> => Condition))
  .check(z.minLength(1, 'all and any need at least one condition'));
const SHAPES = 'a condition is { q, with one of equals, in or answered }, { all } or { any }';
// One object with every key optional, then a shape rule, rather than a union: a union of
// three shapes reports a bare "Invalid input" for a typo deep inside; this keeps the path.
const AnyCondition = z
  .strictObject(
    {
      q: z.optional(Slug),
      equals: z.optional(z.union([z.string(), z.number(), z.boolean()])),
      in: z.optional(
        z.array(z.union([z.string(), z.number()])).check(z.minLength(1, 'in needs a value')),
      ),
      answered: z.optional(z.boolean()),
      all: z.optional(Conditions),
      any: z.optional(Conditions),
    },
    STRICT,
  )
  .check(
    z.refine((c) => {
      const tests = [c.equals, c.in, c.answered].filter((v) => v !== undefined).length;
      const lists = [c.all, c.any].filter((v) => v !== undefined).length;
      return lists === 0
        ? c.q !== undefined && tests === 1
        : c.q === undefined && tests === 0 && lists === 1;
    }, SHAPES),
  );
/** When a question is shown. Which questions and values it may name is checked by `Form`. */
export const Condition = AnyCondition as z.ZodMiniType<Condition>; // the rule above ensures it

const base = {
  id: Slug,
  label: I18n,
  hint: z.optional(I18n),
  required: z.optional(z.boolean()),
  showIf: z.optional(Condition),
  /** Consecutive questions with the same key share one screen; otherwise one per screen. */
  screen: z.optional(Key),
};
const Option = z.strictObject({ value: Slug, label: I18n }, STRICT);
/** Options of a choice, or bands of a tally: at least `min`, values unique. */
const options = (min: number, what: string) =>
  z.array(Option).check(
    z.minLength(min, `needs at least ${min} ${what}s`),
    z.superRefine((list, ctx) =>
      list.forEach(({ value }, i) => {
        const message = `${what} value "${value}" is used twice`;
        if (list.findIndex((o) => o.value === value) < i) {
          ctx.addIssue({ code: 'custom', message, path: [i, 'value'] });
        }
      }),
    ),
  );
const Flag = z.optional(z.boolean());

/** One question type: the common fields plus `shape`, unknown fields rejected. */
function question<const T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.strictObject({ ...base, type: z.literal(type), ...shape }, STRICT);
}
type Path = (string | number)[];
/** A rule across a question's fields: `broken` returns where and why, or false. */
function rule<T>(broken: (q: T) => readonly [Path, string] | false | undefined) {
  return z.superRefine<T>((q, ctx) => {
    const found = broken(q);
    if (found) ctx.addIssue({ code: 'custom', path: found[0], message: found[1] });
  });
}
const between = (min: number, max: number, what: string) => {
  const message = `${what} must be a whole number from ${min} to ${max}`;
  return z.int().check(z.minimum(min, message), z.maximum(max, message));
};

const choiceQ = question('choice', {
  options: options(2, 'option'),
  multiple: Flag,
  preferNotToSay: Flag,
}).check(
  rule((q) => {
    const i = q.options.findIndex((o) => o.value === PREFER_NOT_TO_SAY);
    const why = `"${PREFER_NOT_TO_SAY}" is added by preferNotToSay; remove this option`;
    return q.preferNotToSay && i >= 0 && [['options', i, 'value'], why];
  }),
);

const scaleQ = question('scale', {
  points: between(2, 11, 'points'),
  labels: z.strictObject({ low: I18n, high: I18n }, STRICT),
  pointLabels: z.optional(z.array(I18n)),
  preferNotToSay: Flag,
}).check(
  rule(
    (q) =>
      q.pointLabels?.length !== undefined &&
      q.pointLabels.length !== q.points && [
        ['pointLabels'],
        `needs ${q.points} labels, one per point`,
      ],
  ),
);

const textQ = question('text', {
  maxLength: between(1, 5000, 'maxLength'),
  multiline: Flag,
  /** Shown next to the box, e.g. "Do not write names". */
  warning: z.optional(I18n),
});

const numberQ = question('number', { min: z.int(), max: z.int() }).check(
  rule((q) => q.min > q.max && [['max'], 'max is less than min']),
);

const dateQ = question('date', { min: z.optional(Day), max: z.optional(Day) }).check(
  rule(
    (q) =>
      q.min !== undefined && q.max !== undefined && q.min > q.max && [['max'], 'max is before min'],
  ),
);

const yesnoQ = question('yesno', { preferNotToSay: Flag });

const tallyQ = question('tally', { bands: options(1, 'band') });

const infoQ = question('info', {}).check(
  rule(
    (q) => q.required && [['required'], 'an info item only shows text, so it cannot be required'],
  ),
);

/** A statement the person agrees to; the only answer is `true`. */
const consentQ = question('consent', {});

const anyType = {
  error: (iss: z.core.$ZodRawIssue) =>
    iss.code === 'invalid_union' ? 'unknown question type' : undefined,
};
const types = [choiceQ, scaleQ, textQ, numberQ, dateQ, yesnoQ, tallyQ, infoQ, consentQ] as const;
export const Question = z.discriminatedUnion('type', types, anyType);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

const KINDS = ['feedback', 'questionnaire', 'attendance', 'training', 'custom'] as const;
export const FORM_KINDS = KINDS;
export const AUDIENCES = ['kiosk', 'assisted', 'staff'] as const;

type Issue = (path: Path, message: string) => void;

/** Why `value` can never be an answer to `q` (so a condition on it is a mistake), if so. */
function conditionValueError(q: Question, value: Scalar): string | undefined {
  const pnts = 'preferNotToSay' in q && q.preferNotToSay === true ? [PREFER_NOT_TO_SAY] : [];
  const oneOf = (allowed: string[]) =>
    typeof value === 'string' && allowed.includes(value)
      ? undefined
      : `expected one of ${allowed.map((v) => `"${v}"`).join(', ')}`;
  const wholeIn = (min: number, max: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `expected a whole number from ${min} to ${max}`;
  switch (q.type) {
    case 'choice':
      return oneOf([...q.options.map((o) => o.value), ...pnts]);
    case 'yesno':
      return oneOf(['yes', 'no', ...pnts]);
    case 'scale':
      return typeof value === 'string' && pnts.includes(value) ? undefined : wholeIn(1, q.points);
    case 'number':
      return wholeIn(q.min, q.max);
    case 'text':
      return typeof value === 'string' ? undefined : 'expected text';
    case 'date': {
      const ok = typeof value === 'string' && Day.safeParse(value).success;
      const inRange = ok && !(q.min && value < q.min) && !(q.max && value > q.max);
      return inRange ? undefined : 'expected a day (YYYY-MM-DD) within the question’s range';
    }
    case 'consent':
      return value === true ? undefined : 'a consent question can only be compared with true';
    case 'tally':
    case 'info':
      return 'use answered with this type of question';
  }
}

interface Scope {
  earlier: ReadonlyMap<string, Question>;
  all: readonly Question[];
  issue: Issue;
}

function checkCondition(cond: Condition, path: Path, scope: Scope): void {
  const { earlier, all, issue } = scope;
  if ('all' in cond || 'any' in cond) {
    const [key, list] = 'all' in cond ? ['all', cond.all] : ['any', cond.any];
    list.forEach((c, i) => checkCondition(c, [...path, key, i], scope));
    return;
  }
  const target = earlier.get(cond.q);
  if (!target) {
    const later = all.some((q) => q.id === cond.q);
    issue(
      [...path, 'q'],
      later
        ? `showIf can only refer to an earlier question; "${cond.q}" comes later`
        : `showIf refers to an unknown question "${cond.q}"`,
    );
    return;
  }
  if (target.type === 'info') {
    issue([...path, 'q'], `showIf cannot refer to "${cond.q}": an info item has no answer`);
    return;
  }
  const check = (value: Scalar, at: Path) => {
    const error = conditionValueError(target, value);
    if (error)
      issue(at, `${JSON.stringify(value)} is not a possible answer to "${cond.q}": ${error}`);
  };
  if (cond.equals !== undefined) check(cond.equals, [...path, 'equals']);
  cond.in?.forEach((v, i) => check(v, [...path, 'in', i]));
}

/** Cross-question rules: unique ids, backward-only conditions, valid compared values, screens. */
function checkForm(questions: readonly Question[], issue: Issue): void {
  const earlier = new Map<string, Question>();
  const scope = { earlier, all: questions, issue };
  const closedScreens = new Set<string>();
  let openScreen: string | undefined;
  questions.forEach((q, i) => {
    if (earlier.has(q.id)) issue(['questions', i, 'id'], `question id "${q.id}" is used twice`);
    if (q.showIf) checkCondition(q.showIf, ['questions', i, 'showIf'], scope);
    if (!earlier.has(q.id)) earlier.set(q.id, q);
    // A screen is a run of neighbours; a key that comes back later is almost surely a slip.
    if (q.screen !== openScreen) {
      if (openScreen !== undefined) closedScreens.add(openScreen);
      if (q.screen !== undefined && closedScreens.has(q.screen)) {
        const message = `questions on screen "${q.screen}" must be next to each other`;
        issue(['questions', i, 'screen'], message);
      }
      openScreen = q.screen;
    }
  });
}

export const Form = z
  .strictObject(
    {
      id: Key,
      version: z.int().check(z.minimum(1)),
      kind: z.enum(FORM_KINDS),
      audience: z.enum(AUDIENCES),
      anonymous: z.boolean(),
      title: I18n,
      intro: z.optional(I18n),
      outro: z.optional(I18n),
      questions: z.array(Question).check(z.minLength(1, 'a form needs at least 1 question')),
      /** Review status of each translation (design §9); English is the source. */
      translations: z.optional(z.partialRecord(z.enum(LOCALES), z.enum(TRANSLATION_STATUSES))),
    },
    STRICT,
  )
  .check(
    z.superRefine((form, ctx) =>
      checkForm(form.questions, (path, message) => ctx.addIssue({ code: 'custom', message, path })),
    ),
  );
export type Form = z.infer<typeof Form>;

// Answers (design §4 "What is sealed"). The shape of one value depends on its question:
//   choice → string, or string[] if multiple; scale → 1..points or "prefer_not_to_say";
//   text → string; number → number; date → Day; yesno → "yes" | "no" | "prefer_not_to_say";
//   tally → { band: count }; consent → true; info → no answer.
// This schema checks only the general shape; src/forms checks a value against its question.
export type TallyCounts = Record<string, number>;
export type AnswerValue = string | number | true | string[] | TallyCounts;
export type Answers = Record<string, AnswerValue>;

// One predicate instead of z.record(Slug, z.union([...])): the same rules, about five times
// faster, which a coordinator opening 100 000 responses in the browser feels (npm run bench).
const SLUG = /^[a-z][a-z0-9_]*$/;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

export function isAnswerValue(v: unknown): v is AnswerValue {
  if (typeof v === 'string' || v === true) return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((s) => typeof s === 'string');
  return (
    isPlainObject(v) && Object.values(v).every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
  );
}

export const AnswerValue = z.custom<AnswerValue>(
  isAnswerValue,
  'an answer is text, a number, true, a list of texts or counts by band',
);
export const Answers = z.custom<Answers>(
  (a) =>
    isPlainObject(a) &&
    Object.entries(a).every(([k, v]) => k.length <= 64 && SLUG.test(k) && isAnswerValue(v)),
  'answers must map question ids (a-z, 0-9 and _, starting with a letter) to answers',
);
