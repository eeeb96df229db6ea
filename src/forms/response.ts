import { localDay } from '../../protocol/day';
import type { Form } from '../../protocol/form';
import type { Locale } from '../../protocol/locales';
import type { ResponsePlaintext } from '../../protocol/response';
import { cleanAnswers, type AnswerInput } from './engine';

export interface ResponseInput {
  form: Form;
  locale: Locale;
  mode: ResponsePlaintext['mode'];
  answers: AnswerInput;
  eventId?: string | undefined;
  /** Defaults to today; an attendance sheet records its event's day. */
  day?: string;
}

/**
 * What gets sealed for one response (design §4): the form and version, the language, a day
 * (never a time), the event if any, and only the cleaned answers to visible questions.
 */
export function responsePlaintext(input: ResponseInput): ResponsePlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: input.form.id,
    formVersion: input.form.version,
    locale: input.locale,
    day: input.day ?? localDay(),
    mode: input.mode,
    ...(input.eventId ? { eventId: input.eventId } : {}),
    answers: cleanAnswers(input.form, input.answers),
  };
}
