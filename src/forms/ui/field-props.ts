import type { Question } from '../../../protocol/form';
import type { Locale } from '../../../protocol/locales';

export interface FieldProps<Q extends Question = Question> {
  question: Q;
  value: unknown;
  error: string | undefined;
  locale: Locale;
  onChange: (value: unknown) => void;
}

/** The DOM id of a question's input or group, the target of error-summary links. */
export const fieldId = (q: Question) => `q-${q.id}`;
