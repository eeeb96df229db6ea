import { Day } from '../../protocol/day';
import { PREFER_NOT_TO_SAY, type I18n, type Question, type QuestionOf } from '../../protocol/form';
import { MESSAGES, fill, type Params } from './messages';

// Checks one answer against its question. Both validation (errors for the person) and
// cleaning (what gets sealed) rely on this, so they can never disagree.

export type FieldErrorCode = 'required' | 'invalid' | 'too_long' | 'out_of_range';

export interface Problem {
  code: FieldErrorCode;
  message: I18n;
  params?: Params;
}

/** True when a value counts as an answer: not blank, not empty, not an all-zero tally. */
export function isAnswered(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return value; // consent: only `true` is an answer
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object') {
    return Object.values(value).some((n) => typeof n === 'number' && n > 0);
  }
  return false;
}

const problem = (code: FieldErrorCode, message: I18n, params?: Params): Problem =>
  params ? { code, message: fill(message, params), params } : { code, message };

const invalid = (message: I18n = MESSAGES.invalid) => problem('invalid', message);

/** A real calendar day (the Day pattern alone would allow 2025-02-31). */
function isRealDay(value: unknown): value is string {
  if (!Day.safeParse(value).success) return false;
  const d = new Date(`${value as string}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value as string);
}

function allowedChoices(q: QuestionOf<'choice'>): string[] {
  const values = q.options.map((o) => o.value);
  return q.preferNotToSay ? [...values, PREFER_NOT_TO_SAY] : values;
}

function checkChoice(q: QuestionOf<'choice'>, value: unknown): Problem | undefined {
  const allowed = allowedChoices(q);
  if (!q.multiple) {
    return typeof value === 'string' && allowed.includes(value)
      ? undefined
      : invalid(MESSAGES.chooseShown);
  }
  if (!Array.isArray(value)) return invalid(MESSAGES.chooseShown);
  const ok =
    value.every((v) => typeof v === 'string' && allowed.includes(v)) &&
    new Set(value).size === value.length &&
    // "Prefer not to say" stands alone: it cannot be ticked with a real answer.
    (value.length === 1 || !value.includes(PREFER_NOT_TO_SAY));
  return ok ? undefined : invalid(MESSAGES.chooseShown);
}

function checkNumber(min: number, max: number, value: unknown): Problem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(MESSAGES.number);
  if (!Number.isInteger(value)) return invalid(MESSAGES.wholeNumber);
  if (value < min || value > max)
    return problem('out_of_range', MESSAGES.numberRange, { min, max });
  return undefined;
}

function checkDate(q: QuestionOf<'date'>, value: unknown): Problem | undefined {
  if (!isRealDay(value)) return invalid(MESSAGES.date);
  const { min, max } = q;
  const early = min !== undefined && value < min;
  const late = max !== undefined && value > max;
  if (!early && !late) return undefined;
  if (min !== undefined && max !== undefined) {
    return problem('out_of_range', MESSAGES.dateRange, { min, max });
  }
  return min !== undefined
    ? problem('out_of_range', MESSAGES.dateFrom, { min })
    : problem('out_of_range', MESSAGES.dateTo, { max: max ?? '' });
}

function checkTally(q: QuestionOf<'tally'>, value: unknown): Problem | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return invalid();
  const bands = new Set(q.bands.map((b) => b.value));
  const ok = Object.entries(value).every(
    ([band, n]) => bands.has(band) && Number.isSafeInteger(n) && (n as number) >= 0,
  );
  return ok ? undefined : invalid();
}

/** What is wrong with an answered `value` for `q`, or undefined when it is fine. */
export function checkValue(q: Question, value: unknown): Problem | undefined {
  const pnts = 'preferNotToSay' in q && q.preferNotToSay === true;
  if (pnts && value === PREFER_NOT_TO_SAY && q.type !== 'choice') return undefined;
  switch (q.type) {
    case 'choice':
      return checkChoice(q, value);
    case 'scale':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= q.points
        ? undefined
        : invalid(MESSAGES.chooseShown);
    case 'yesno':
      return value === 'yes' || value === 'no' ? undefined : invalid(MESSAGES.chooseShown);
    case 'text': {
      if (typeof value !== 'string') return invalid();
      const length = value.trim().length;
      return length > q.maxLength
        ? problem('too_long', MESSAGES.tooLong, { max: q.maxLength, length })
        : undefined;
    }
    case 'number':
      return checkNumber(q.min, q.max, value);
    case 'date':
      return checkDate(q, value);
    case 'tally':
      return checkTally(q, value);
    case 'consent':
      return value === true ? undefined : invalid();
    case 'info':
      return undefined; // nothing to answer; cleaning drops any value
  }
}
