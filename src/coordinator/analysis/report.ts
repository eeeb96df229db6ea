import type { Question } from '../../../protocol/form';
import type { AnalysisContext } from './context';
import { kFor, protectCount, protectGroup, type DisclosureOptions } from './disclosure';
import { en } from './forms';
import { applyFilters } from './filters';
import { attendanceTotals, eventsHeld } from './overview';
import { answersTo, byVersion, summariseForm } from './summaries';
import { summariseQuestion } from './questions';
import type { FormSummary, QuestionSummary } from './summary-types';
import type { Cell, Dataset, ResponseRow } from './types';
import { weeksBetween } from './dates';

// The measures a Partnership Board asks for (design §1), for a period: events held, people
// engaged, practitioners trained and how their confidence changed, what survivors said, and
// how many times people had to tell their story. Every count is disclosure-controlled.

export const TRAINING_FORM_ID = 'training-feedback';

export interface ConfidenceChange {
  /** e.g. "Recognising coercive control" (the before question's label up to its colon). */
  label: string;
  beforeId: string;
  afterId: string;
  /** People who answered both. */
  paired: Cell;
  rose: Cell;
  same: Cell;
  fell: Cell;
  /** Means (1–5) over the paired answers, only when every count above is shown. */
  meanBefore?: number;
  meanAfter?: number;
}

export interface Headline {
  questionId: string;
  label: string;
  answered: Cell;
  /** Share (0–1) who agreed or strongly agreed, of those who gave a point on the scale. */
  agreeShare?: number;
}

export interface SurvivorHeadlines {
  formId: string;
  title: string;
  n: Cell;
  shown: boolean;
  statements: Headline[];
}

export interface BoardReport {
  from: string;
  to: string;
  eventsHeld: number;
  peopleEngaged: Cell;
  /** Training feedback responses: one per practitioner trained. */
  practitionersTrained: Cell;
  confidence: ConfidenceChange[];
  survivors: SurvivorHeadlines[];
  /** "How many times did you have to tell your story", across every survivor form. */
  timesTold: QuestionSummary | undefined;
  /** Every form with responses in the period, for the charts and tables. */
  forms: FormSummary[];
}

/** Survivor forms: kiosk feedback forms (the full and easy-read versions, and any published). */
function survivorFormIds(context: AnalysisContext, rows: readonly ResponseRow[]): string[] {
  const ids = new Set(rows.map((r) => r.formId));
  return context.catalogue.ids().filter((id) => {
    const form = context.catalogue.latest(id);
    return ids.has(id) && form?.kind === 'feedback' && form.audience === 'kiosk';
  });
}

function confidence(
  rows: readonly ResponseRow[],
  context: AnalysisContext,
  options: DisclosureOptions,
) {
  const k = kFor(context.settings, TRAINING_FORM_ID);
  const form = context.catalogue.latest(TRAINING_FORM_ID);
  if (!form) return [];
  const own = rows.filter((r) => r.formId === TRAINING_FORM_ID);
  const byId = new Map(form.questions.map((q) => [q.id, q]));
  const out: ConfidenceChange[] = [];
  for (const before of form.questions) {
    if (before.type !== 'scale' || !before.id.endsWith('_before')) continue;
    const afterId = `${before.id.slice(0, -'_before'.length)}_after`;
    if (byId.get(afterId)?.type !== 'scale') continue;
    let rose = 0;
    let same = 0;
    let fell = 0;
    let sumBefore = 0;
    let sumAfter = 0;
    for (const row of own) {
      const b = row.answers[before.id];
      const a = row.answers[afterId];
      if (typeof b !== 'number' || typeof a !== 'number') continue;
      if (a > b) rose += 1;
      else if (a < b) fell += 1;
      else same += 1;
      sumBefore += b;
      sumAfter += a;
    }
    const paired = rose + same + fell;
    const group = protectGroup([rose, same, fell], k, options);
    const [roseCell, sameCell, fellCell] = group.cells as [Cell, Cell, Cell];
    const allShown = group.shown && group.cells.every((c) => c.kind === 'count');
    out.push({
      label: en(before.label).split(':')[0]?.trim() ?? before.id,
      beforeId: before.id,
      afterId,
      paired: group.total,
      rose: roseCell,
      same: sameCell,
      fell: fellCell,
      ...(allShown && paired > 0
        ? { meanBefore: sumBefore / paired, meanAfter: sumAfter / paired }
        : {}),
    });
  }
  return out;
}

function headlines(summary: FormSummary): SurvivorHeadlines {
  const statements: Headline[] = [];
  for (const q of summary.questions) {
    if (q.type !== 'scale' || !q.scale?.agree) continue;
    const sides = q.scale.sides;
    const onScale = sides ? sides.negative + sides.neutral + sides.positive : 0;
    statements.push({
      questionId: q.questionId,
      label: q.label,
      answered: q.answered,
      ...(sides && onScale > 0 ? { agreeShare: sides.positive / onScale } : {}),
    });
  }
  return {
    formId: summary.formId,
    title: summary.title,
    n: summary.n,
    shown: summary.shown,
    statements,
  };
}

/** `times_told` over every survivor form, with the newest definition's labels. */
function timesTold(
  rows: readonly ResponseRow[],
  ids: string[],
  context: AnalysisContext,
  options: DisclosureOptions,
) {
  const own = rows.filter((r) => ids.includes(r.formId));
  let latest: Question | undefined;
  for (const id of ids)
    latest ??= context.catalogue.latest(id)?.questions.find((q) => q.id === 'times_told');
  if (!latest) return undefined;
  const k = Math.max(...ids.map((id) => kFor(context.settings, id)));
  return summariseQuestion(
    latest,
    own.length >= k ? answersTo(byVersion(own), 'times_told', context.catalogue) : [],
    k,
    options,
  );
}

export function boardReport(
  dataset: Dataset,
  context: AnalysisContext,
  period: { from: string; to: string },
  options: DisclosureOptions = {},
): BoardReport {
  const filters = { from: period.from, to: period.to };
  const rows = applyFilters(dataset.responses, filters, context.events);
  const survivorIds = survivorFormIds(context, rows);
  const formIds = context.catalogue.ids().filter((id) => rows.some((r) => r.formId === id));
  for (const r of rows) if (!formIds.includes(r.formId)) formIds.push(r.formId);
  const forms = formIds.map((id) => summariseForm(rows, id, context, options));
  const attendance = attendanceTotals(rows, context, weeksBetween(period.from, period.to), options);
  const trained = rows.filter((r) => r.formId === TRAINING_FORM_ID).length;
  return {
    ...period,
    eventsHeld: eventsHeld(dataset, rows, context.events, filters).held,
    peopleEngaged: attendance.peopleEngaged,
    practitionersTrained: protectCount(trained, kFor(context.settings, TRAINING_FORM_ID), options),
    confidence: confidence(rows, context, options),
    survivors: forms.filter((f) => survivorIds.includes(f.formId)).map(headlines),
    timesTold: timesTold(rows, survivorIds, context, options),
    forms,
  };
}
