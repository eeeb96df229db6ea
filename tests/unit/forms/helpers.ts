import { Form, type Question } from '../../../protocol/form';

export const en = (s: string) => ({ en: s });

/** A minimal valid form around `questions` (not parsed: for schema tests). */
export function rawForm(questions: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id: 'test-form',
    version: 1,
    kind: 'custom',
    audience: 'staff',
    anonymous: true,
    title: en('Test'),
    questions,
    ...extra,
  };
}

/** A form that must pass the schema (for engine tests). */
export function form(...questions: Question[]): Form {
  return Form.parse(rawForm(questions));
}

/** Each issue as `path: message`, for readable assertions. */
export function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined;
}): string[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

// Question builders with just the required fields; `extra` may be anything (schema tests).
type Extra = Record<string, unknown>;
export const choice = (id: string, extra: Extra = {}) =>
  ({
    id,
    type: 'choice',
    label: en(id),
    options: [
      { value: 'a', label: en('A') },
      { value: 'b', label: en('B') },
      { value: 'c', label: en('C') },
    ],
    ...extra,
  }) as Question;

export const scale = (id: string, extra: Extra = {}) =>
  ({
    id,
    type: 'scale',
    label: en(id),
    points: 5,
    labels: { low: en('Low'), high: en('High') },
    ...extra,
  }) as Question;

export const text = (id: string, extra: Extra = {}) =>
  ({ id, type: 'text', label: en(id), maxLength: 10, ...extra }) as Question;

export const num = (id: string, extra: Extra = {}) =>
  ({ id, type: 'number', label: en(id), min: 0, max: 100, ...extra }) as Question;

export const date = (id: string, extra: Extra = {}) =>
  ({ id, type: 'date', label: en(id), ...extra }) as Question;

export const yesno = (id: string, extra: Extra = {}) =>
  ({ id, type: 'yesno', label: en(id), ...extra }) as Question;

export const tally = (id: string, extra: Extra = {}) =>
  ({
    id,
    type: 'tally',
    label: en(id),
    bands: [
      { value: 'under_25', label: en('Under 25') },
      { value: 'over_25', label: en('25 or over') },
    ],
    ...extra,
  }) as Question;

export const info = (id: string, extra: Extra = {}) =>
  ({ id, type: 'info', label: en(id), ...extra }) as Question;

export const consent = (id: string, extra: Extra = {}) =>
  ({ id, type: 'consent', label: en(id), ...extra }) as Question;
