import type { Settings } from '../../../protocol/config';
import type { AnswerValue, Form, Question } from '../../../protocol/form';
import { kFor, protectCount, type DisclosureOptions } from './disclosure';
import { formTitle, type FormCatalogue } from './forms';
import { summariseQuestion, type AnswerGroup } from './questions';
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

/** Responses of one form version, and their answers by question (read in one pass). */
export interface VersionRows {
  formId: string;
  version: number;
  rows: ResponseRow[];
  answers: Map<string, AnswerValue[]>;
}

/** Rows split by form and version, each row's answers read once (not once per question). */
export function byVersion(rows: readonly ResponseRow[]): VersionRows[] {
  const groups = new Map<string, VersionRows>();
  for (const row of rows) {
    const key = `${row.formId}@${row.formVersion}`;
    let group = groups.get(key);
    if (!group) {
      group = { formId: row.formId, version: row.formVersion, rows: [], answers: new Map() };
      groups.set(key, group);
    }
    group.rows.push(row);
    const answers = row.answers;
    for (const questionId in answers) {
      if (!Object.hasOwn(answers, questionId)) continue;
      const value = answers[questionId]!;
      let values = group.answers.get(questionId);
      if (!values) group.answers.set(questionId, (values = []));
      values.push(value);
    }
  }
  return [...groups.values()];
}

/** The answers to `questionId`, one group per version that has the question. */
export function answersTo(
  versions: readonly VersionRows[],
  questionId: string,
  catalogue: FormCatalogue,
): AnswerGroup[] {
  const out: AnswerGroup[] = [];
  for (const { formId, version, answers } of versions) {
    const question = catalogue.get(formId, version)?.questions.find((q) => q.id === questionId);
    if (question) out.push({ question, values: answers.get(questionId) ?? [] });
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
  const versions = shown ? byVersion(own) : [];
  const questions: QuestionSummary[] = [];
  for (const q of questionOrder(catalogue, formId)) {
    const summary = summariseQuestion(q, answersTo(versions, q.id, catalogue), k, options);
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
