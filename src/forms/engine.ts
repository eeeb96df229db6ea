import type { AnswerValue, Answers, Condition, Form, I18n, Question } from '../../protocol/form';
import { MESSAGES } from './messages';
import { checkValue, isAnswered, type FieldErrorCode } from './values';

// The form engine: pure functions over a form definition and the answers so far. No DOM, so
// the kiosk, assisted mode and the tests all share it.

export { isAnswered, checkValue, type FieldErrorCode } from './values';

/** Answers as the UI holds them; anything may be in here until it is validated and cleaned. */
export type AnswerInput = Readonly<Record<string, unknown>>;

export interface FieldError {
  questionId: string;
  code: FieldErrorCode;
  message: I18n;
  /** Values filled into the message (e.g. `max`), for a UI that words it differently. */
  params?: Readonly<Record<string, string | number>>;
}

function own(answers: AnswerInput, id: string): unknown {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/**
 * Whether `cond` holds for `answers`. `answered` means a non-empty answer exists; `equals`
 * and `in` on a multiple choice match when the ticked values include the value (any value).
 * Ignores visibility: `isVisible` passes only the answers of visible questions.
 */
export function evaluateCondition(cond: Condition, answers: AnswerInput): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, answers));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, answers));
  const value = own(answers, cond.q);
  if (cond.answered !== undefined) return isAnswered(value) === cond.answered;
  if (!isAnswered(value)) return false;
  const matches = (v: unknown) => (Array.isArray(value) ? value.includes(v) : value === v);
  if (cond.equals !== undefined) return matches(cond.equals);
  return cond.in?.some(matches) ?? false;
}

/** Canonical form of an answer, or undefined when it is empty or not valid for `q`. */
function normalise(q: Question, value: unknown): AnswerValue | undefined {
  if (q.type === 'info' || !isAnswered(value) || checkValue(q, value)) return undefined;
  if (typeof value === 'string') return q.type === 'text' ? value.trim() : value;
  if (Array.isArray(value)) return [...(value as string[])];
  if (typeof value === 'object') return { ...(value as Record<string, number>) };
  return value as AnswerValue;
}

interface Resolved {
  visible: ReadonlySet<string>;
  clean: Answers;
}

/**
 * One pass in form order. Conditions only look back (the schema guarantees it), so each
 * question's condition is evaluated against the cleaned answers of the visible questions
 * before it: a hidden question's answer never counts, which makes hiding transitive.
 */
function resolve(form: Form, answers: AnswerInput): Resolved {
  const visible = new Set<string>();
  const clean: Answers = {};
  for (const q of form.questions) {
    if (q.showIf && !evaluateCondition(q.showIf, clean)) continue;
    visible.add(q.id);
    const value = normalise(q, own(answers, q.id));
    if (value !== undefined) clean[q.id] = value;
  }
  return { visible, clean };
}

/** The ids of the questions shown for these answers. */
export function visibleIds(form: Form, answers: AnswerInput): ReadonlySet<string> {
  return resolve(form, answers).visible;
}

export function isVisible(form: Form, question: Question, answers: AnswerInput): boolean {
  return resolve(form, answers).visible.has(question.id);
}

/**
 * The form's screens: a run of consecutive questions with the same `screen` key shares one
 * screen, any other question has a screen of its own. Static; see `visibleScreens`.
 */
export function screens(form: Form): Question[][] {
  const out: Question[][] = [];
  let last: Question | undefined;
  for (const q of form.questions) {
    const current = out[out.length - 1];
    if (current && q.screen !== undefined && q.screen === last?.screen) current.push(q);
    else out.push([q]);
    last = q;
  }
  return out;
}

/** The screens to show now: each keeps only its visible questions; empty screens are dropped. */
export function visibleScreens(form: Form, answers: AnswerInput): Question[][] {
  const { visible } = resolve(form, answers);
  return screens(form)
    .map((screen) => screen.filter((q) => visible.has(q.id)))
    .filter((screen) => screen.length > 0);
}

/**
 * Errors for the visible questions (only those in `questionIds` when given, e.g. one screen),
 * in form order. Unanswered optional questions are fine; hidden ones are never checked.
 */
export function validateAnswers(
  form: Form,
  answers: AnswerInput,
  questionIds?: readonly string[],
): FieldError[] {
  const { visible } = resolve(form, answers);
  const only = questionIds ? new Set(questionIds) : undefined;
  const errors: FieldError[] = [];
  for (const q of form.questions) {
    if (q.type === 'info' || !visible.has(q.id) || (only && !only.has(q.id))) continue;
    const value = own(answers, q.id);
    if (!isAnswered(value)) {
      if (q.required) {
        const message = q.type === 'consent' ? MESSAGES.consentRequired : MESSAGES.required;
        errors.push({ questionId: q.id, code: 'required', message });
      }
      continue;
    }
    const problem = checkValue(q, value);
    if (problem) errors.push({ questionId: q.id, ...problem });
  }
  return errors;
}

/**
 * What gets sealed: answers to visible, answerable questions only, in form order, with text
 * trimmed. Empty answers, all-zero tallies, unknown ids and values that are not valid for
 * their question are dropped, so a hidden or malformed answer is never submitted. Validate
 * first so the person can fix what would be dropped.
 */
export function cleanAnswers(form: Form, answers: AnswerInput): Answers {
  return resolve(form, answers).clean;
}
