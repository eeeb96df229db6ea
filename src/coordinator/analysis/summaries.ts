import type { Settings } from '../../../protocol/config';
import type { Form, Question } from '../../../protocol/form';
import { kFor, protectCount, type DisclosureOptions } from './disclosure';
import { formTitle, type FormCatalogue } from './forms';
import { summariseQuestion, type Answered } from './questions';
import type { FormSummary, QuestionSummary } from './summary-types';
import type { ResponseRow } from './types';

// A form's summary for the per-form screen, the report and the aggregate CSV: one entry per
// question of the newest version (then any question only older versions had), each counted
// over every response with the definition of the version it was given on.

export interface SummaryContext {
  catalogue: FormCatalogue;
  settings: Settings | undefined;
}

/** Questions in display order: the newest version's, then those only older versions had. */
export function questionOrder(catalogue: FormCatalogue, formId: string): Question[] {
  const versions = catalogue.versions(formId).reverse();
  const seen = new Set<string>();
  const order: Question[] = [];
  for (const form of versions) {
    for (const q of form.questions) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      order.push(q);
    }
  }
  return order;
}

/** Each row's answer to `questionId`, paired with that row's version of the question. */
export function answersTo(
  rows: readonly ResponseRow[],
  questionId: string,
  definitionOf: (row: ResponseRow) => Map<string, Question> | undefined,
): Answered[] {
  const out: Answered[] = [];
  for (const row of rows) {
    if (!Object.hasOwn(row.answers, questionId)) continue;
    const question = definitionOf(row)?.get(questionId);
    const value = row.answers[questionId];
    if (question && value !== undefined) out.push({ question, value });
  }
  return out;
}

/** A lookup from a row to its form version's questions by id (memoised per version). */
export function definitions(catalogue: FormCatalogue) {
  const cache = new Map<string, Map<string, Question> | undefined>();
  return (row: ResponseRow) => {
    const key = `${row.formId}@${row.formVersion}`;
    if (!cache.has(key)) {
      const form: Form | undefined = catalogue.get(row.formId, row.formVersion);
      cache.set(key, form ? new Map(form.questions.map((q) => [q.id, q])) : undefined);
    }
    return cache.get(key);
  };
}

/**
 * Summary of `rows` (already filtered, all of form `formId`). Fewer than k responses show
 * nothing but that: every question is listed with `shown: false` and no rows.
 */
export function summariseForm(
  rows: readonly ResponseRow[],
  formId: string,
  context: SummaryContext,
  options: DisclosureOptions = {},
): FormSummary {
  const { catalogue, settings } = context;
  const k = kFor(settings, formId);
  const own = rows.filter((r) => r.formId === formId);
  const n = own.length;
  const shown = n >= k;
  const definitionOf = definitions(catalogue);
  const questions: QuestionSummary[] = [];
  for (const q of questionOrder(catalogue, formId)) {
    const summary = summariseQuestion(
      q,
      shown ? answersTo(own, q.id, definitionOf) : [],
      k,
      options,
    );
    if (!summary) continue;
    questions.push(
      shown
        ? summary
        : {
            ...summary,
            answered: protectCount(n, k),
            shown: false,
            rows: [],
            total: protectCount(n, k),
          },
    );
  }
  return {
    formId,
    title: formTitle(catalogue, formId),
    k,
    n: protectCount(n, k, options),
    shown,
    versions: [...new Set(own.map((r) => r.formVersion))].sort((a, b) => a - b),
    questions,
  };
}
