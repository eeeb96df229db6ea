import { kFor, protectCount } from './disclosure';
import { en } from './forms';
import { definitions, questionOrder, type SummaryContext } from './summaries';
import type { Cell, ResponseRow } from './types';

// Free-text answers for review. Only when the filtered responses to the form number at least
// k (design §8): below that nothing is returned, not even a count of answers. The strings are
// returned exactly as written; rendering them as text, never as HTML, is the screen's job.
// Answers carry nothing else (no id, day or event), and are ordered by text so the order
// does not follow when they arrived.

export interface FreeTextQuestion {
  questionId: string;
  label: string;
}

export interface FreeTextAnswer {
  questionId: string;
  text: string;
}

export interface FreeTextResult {
  formId: string;
  k: number;
  /** Responses to the form after filters. */
  n: Cell;
  /** False when n < k: `answers` is empty. */
  shown: boolean;
  /** The form's text questions, in form order. */
  questions: FreeTextQuestion[];
  /** Answers that match the search (all when there is none). */
  answers: FreeTextAnswer[];
  /** How many answers there are before the search (when shown). */
  totalAnswers: number;
}

export interface FreeTextQuery {
  /** Case-insensitive substring; blank means everything. */
  search?: string;
  /** Only this question. */
  questionId?: string;
}

export function freeText(
  rows: readonly ResponseRow[],
  formId: string,
  context: SummaryContext,
  query: FreeTextQuery = {},
): FreeTextResult {
  const k = kFor(context.settings, formId);
  const own = rows.filter((r) => r.formId === formId);
  const questions = questionOrder(context.catalogue, formId)
    .filter((q) => q.type === 'text')
    .map((q) => ({ questionId: q.id, label: en(q.label) }));
  const shown = own.length >= k;
  const result: FreeTextResult = {
    formId,
    k,
    n: protectCount(own.length, k),
    shown,
    questions,
    answers: [],
    totalAnswers: 0,
  };
  if (!shown) return result;
  const needle = query.search?.trim().toLocaleLowerCase() ?? '';
  const definitionOf = definitions(context.catalogue);
  const wanted = questions.filter(
    (q) => query.questionId === undefined || q.questionId === query.questionId,
  );
  const all: FreeTextAnswer[] = [];
  for (const row of own) {
    const defs = definitionOf(row);
    for (const { questionId } of wanted) {
      if (defs?.get(questionId)?.type !== 'text' || !Object.hasOwn(row.answers, questionId))
        continue;
      const value = row.answers[questionId];
      if (typeof value === 'string' && value.trim() !== '') all.push({ questionId, text: value });
    }
  }
  result.totalAnswers = all.length;
  result.answers = (
    needle ? all.filter((a) => a.text.toLocaleLowerCase().includes(needle)) : all
  ).sort((a, b) => a.questionId.localeCompare(b.questionId) || a.text.localeCompare(b.text));
  return result;
}
