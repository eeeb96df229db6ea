import { PREFER_NOT_TO_SAY, type Question, type QuestionOf } from '../../../protocol/form';
import { protectGroup, type DisclosureOptions } from './disclosure';
import { en } from './forms';
import { monthOf, monthsBetween } from './dates';
import type { DistributionRow, QuestionSummary, Side, SideTotals } from './summary-types';
import type { AnswerValue } from '../../../protocol/form';

// Counting one question's answers. Answers come in groups, one per form version, each with
// that version's definition of the question: an option only an old version had is still
// counted (under its own label), and a value its version did not allow is ignored. Grouping by
// version keeps the per-answer work to a few comparisons (100 000 responses in well under a
// second).

export interface AnswerGroup {
  question: Question;
  values: AnswerValue[];
}

export const PNTS_LABEL = 'Prefer not to say';

type Counts = Map<string, number>;
const bump = (counts: Counts, key: string, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by);

interface Layout {
  rows: { key: string; label: string; side?: Side }[];
  counts: Counts;
  answered: number;
}

function choiceLayout(latest: QuestionOf<'choice'>, groups: AnswerGroup[]): Layout {
  const rows: Layout['rows'] = latest.options.map((o) => ({ key: o.value, label: en(o.label) }));
  const counts: Counts = new Map();
  let answered = 0;
  let pnts = latest.preferNotToSay === true;
  for (const { question, values } of groups) {
    if (question.type !== 'choice') continue;
    const allowed = new Set(question.options.map((o) => o.value));
    if (question.preferNotToSay) allowed.add(PREFER_NOT_TO_SAY);
    const seen = new Set<string>();
    for (const value of values) {
      if (typeof value === 'string') {
        if (!allowed.has(value)) continue;
        answered += 1;
        seen.add(value);
        bump(counts, value);
      } else if (Array.isArray(value)) {
        let any = false;
        value.forEach((v, i) => {
          // Each option once per person, even if a list repeats it.
          if (!allowed.has(v) || value.indexOf(v) !== i) return;
          any = true;
          seen.add(v);
          bump(counts, v);
        });
        if (any) answered += 1;
      }
    }
    for (const v of seen) {
      if (v === PREFER_NOT_TO_SAY) pnts = true;
      else if (!rows.some((r) => r.key === v)) {
        const label = question.options.find((o) => o.value === v)?.label;
        rows.push({ key: v, label: label ? en(label) : v });
      }
    }
  }
  if (pnts) rows.push({ key: PREFER_NOT_TO_SAY, label: PNTS_LABEL });
  return { rows, counts, answered };
}

/** Agree scales (and yes/no-ended ones such as easy read) are drawn as diverging bars. */
export function isAgreeScale(q: QuestionOf<'scale'>): boolean {
  const low = q.labels.low.en.trim().toLowerCase();
  return /\bdisagree\b/.test(low) || low === 'no';
}

function sideOf(point: number, points: number): Side {
  const middle = (points + 1) / 2;
  return point < middle ? 'negative' : point > middle ? 'positive' : 'neutral';
}

function scaleLayout(latest: QuestionOf<'scale'>, groups: AnswerGroup[]): Layout {
  const agree = isAgreeScale(latest);
  const rows: Layout['rows'] = [];
  for (let p = 1; p <= latest.points; p++) {
    const label = latest.pointLabels?.[p - 1];
    const text = label
      ? en(label)
      : p === 1
        ? `1 ${en(latest.labels.low)}`
        : p === latest.points
          ? `${p} ${en(latest.labels.high)}`
          : String(p);
    rows.push({
      key: String(p),
      label: text,
      ...(agree ? { side: sideOf(p, latest.points) } : {}),
    });
  }
  const counts: Counts = new Map();
  let answered = 0;
  let pnts = latest.preferNotToSay === true;
  for (const { question, values } of groups) {
    if (question.type !== 'scale' || question.points !== latest.points) continue;
    const allowPnts = question.preferNotToSay === true;
    for (const value of values) {
      if (value === PREFER_NOT_TO_SAY && allowPnts) pnts = true;
      else if (!(typeof value === 'number' && Number.isInteger(value))) continue;
      else if (value < 1 || value > question.points) continue;
      answered += 1;
      bump(counts, String(value));
    }
  }
  if (pnts) rows.push({ key: PREFER_NOT_TO_SAY, label: PNTS_LABEL });
  return { rows, counts, answered };
}

function yesnoLayout(latest: QuestionOf<'yesno'>, groups: AnswerGroup[]): Layout {
  const rows: Layout['rows'] = [
    { key: 'yes', label: 'Yes' },
    { key: 'no', label: 'No' },
  ];
  const counts: Counts = new Map();
  let answered = 0;
  let pnts = latest.preferNotToSay === true;
  for (const { question, values } of groups) {
    if (question.type !== 'yesno') continue;
    for (const value of values) {
      const ok =
        value === 'yes' ||
        value === 'no' ||
        (value === PREFER_NOT_TO_SAY && question.preferNotToSay === true);
      if (!ok) continue;
      if (value === PREFER_NOT_TO_SAY) pnts = true;
      answered += 1;
      bump(counts, value);
    }
  }
  if (pnts) rows.push({ key: PREFER_NOT_TO_SAY, label: PNTS_LABEL });
  return { rows, counts, answered };
}

/**
 * Bins for a number question, from its min and max (never from the data, which would say
 * something about the answers): one per value for small ranges such as "times", else
 * 1-2-5 steps (0, 1–4, 5–9, 10–19, 20–49, …).
 */
export function numberBins(min: number, max: number): { lo: number; hi: number; label: string }[] {
  if (max - min <= 10) {
    return Array.from({ length: max - min + 1 }, (_, i) => ({
      lo: min + i,
      hi: min + i,
      label: String(min + i),
    }));
  }
  const starts = [min];
  for (let scale = 1; scale <= max; scale *= 10) {
    for (const step of [1, 2, 5]) {
      const s = step * scale;
      if (s > min && s <= max) starts.push(s);
    }
  }
  return starts.map((lo, i) => {
    const next = starts[i + 1];
    const hi = next === undefined ? max : next - 1;
    return {
      lo,
      hi,
      label: lo === hi ? String(lo) : next === undefined ? `${lo} or more` : `${lo}–${hi}`,
    };
  });
}

function numberLayout(
  latest: QuestionOf<'number'>,
  groups: AnswerGroup[],
): Layout & { sum: number } {
  const bins = numberBins(latest.min, latest.max);
  const rows = bins.map((b) => ({ key: b.label, label: b.label }));
  const counts: Counts = new Map();
  let answered = 0;
  let sum = 0;
  for (const { question, values } of groups) {
    if (question.type !== 'number') continue;
    for (const value of values) {
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      const bin =
        bins.find((b) => value >= b.lo && value <= b.hi) ??
        (value < latest.min ? bins[0] : bins.at(-1));
      if (!bin) continue;
      answered += 1;
      sum += value;
      bump(counts, bin.label);
    }
  }
  return { rows, counts, answered, sum };
}

function dateLayout(groups: AnswerGroup[]): Layout {
  const counts: Counts = new Map();
  let answered = 0;
  for (const { question, values } of groups) {
    if (question.type !== 'date') continue;
    for (const value of values) {
      if (typeof value !== 'string') continue;
      answered += 1;
      bump(counts, monthOf(value));
    }
  }
  const months = [...counts.keys()].sort();
  const rows =
    months.length === 0
      ? []
      : monthsBetween(`${months[0]}-01`, `${months.at(-1)}-01`).map((m) => ({ key: m, label: m }));
  return { rows, counts, answered };
}

function tallyLayout(latest: QuestionOf<'tally'>, groups: AnswerGroup[]): Layout {
  const rows: Layout['rows'] = latest.bands.map((b) => ({ key: b.value, label: en(b.label) }));
  const counts: Counts = new Map();
  let answered = 0;
  for (const { question, values } of groups) {
    if (question.type !== 'tally') continue;
    const counted = new Set<string>();
    for (const value of values) {
      if (typeof value !== 'object' || Array.isArray(value)) continue;
      let any = false;
      for (const band of question.bands) {
        const n = Object.hasOwn(value, band.value) ? value[band.value] : undefined;
        if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) continue;
        any = true;
        counted.add(band.value);
        bump(counts, band.value, n);
      }
      if (any) answered += 1;
    }
    for (const band of question.bands) {
      if (counted.has(band.value) && !rows.some((r) => r.key === band.value))
        rows.push({ key: band.value, label: en(band.label) });
    }
  }
  return { rows, counts, answered };
}

function textAnswered(groups: AnswerGroup[]): number {
  let answered = 0;
  for (const { question, values } of groups) {
    if (question.type !== 'text') continue;
    for (const value of values) if (typeof value === 'string' && value.trim() !== '') answered += 1;
  }
  return answered;
}

/** A question's summary after disclosure control with the form's k. */
export function summariseQuestion(
  latest: Question,
  groups: AnswerGroup[],
  k: number,
  options: DisclosureOptions = {},
): QuestionSummary | undefined {
  const base = { questionId: latest.id, label: en(latest.label) };
  if (latest.type === 'info' || latest.type === 'consent') return undefined;
  if (latest.type === 'text') {
    const answered = protectGroup([], k, { ...options, total: textAnswered(groups) }).total;
    return { ...base, type: 'text', answered, shown: false, rows: [], total: answered };
  }
  let sum: number | undefined;
  let layout: Layout;
  if (latest.type === 'choice') layout = choiceLayout(latest, groups);
  else if (latest.type === 'scale') layout = scaleLayout(latest, groups);
  else if (latest.type === 'yesno') layout = yesnoLayout(latest, groups);
  else if (latest.type === 'date') layout = dateLayout(groups);
  else if (latest.type === 'tally') layout = tallyLayout(latest, groups);
  else {
    const numbers = numberLayout(latest, groups);
    layout = numbers;
    sum = numbers.sum;
  }
  const values = layout.rows.map((r) => layout.counts.get(r.key) ?? 0);
  const multiple = latest.type === 'choice' && latest.multiple === true;
  // Tallies are counts of people: the group total is their sum. Otherwise, responses.
  const total = latest.type === 'tally' ? undefined : layout.answered;
  const group = protectGroup(values, k, { ...options, ...(total === undefined ? {} : { total }) });
  const answered =
    latest.type === 'tally'
      ? protectGroup([], k, { ...options, total: layout.answered }).total
      : group.total;
  const rows: DistributionRow[] = group.shown
    ? layout.rows.map((r, i) => ({ ...r, count: group.cells[i] ?? { kind: 'count', value: 0 } }))
    : [];
  const summary: QuestionSummary = {
    ...base,
    type: latest.type,
    answered,
    shown: group.shown && layout.answered > 0,
    rows,
    total: group.total,
  };
  if (latest.type === 'choice') summary.multiple = multiple;
  if (latest.type === 'scale') {
    const agree = isAgreeScale(latest);
    const sides = agree && group.shown ? sideTotals(rows) : undefined;
    summary.scale = {
      points: latest.points,
      low: en(latest.labels.low),
      high: en(latest.labels.high),
      agree,
      ...(sides ? { sides } : {}),
    };
  }
  if (sum !== undefined) {
    summary.sum = group.shown
      ? protectGroup([], k, { ...options, total: sum }).total
      : { kind: 'suppressed', k };
  }
  return summary;
}

/** Side totals of an agree scale, only when every point is shown. */
function sideTotals(rows: DistributionRow[]): SideTotals | undefined {
  const totals: SideTotals = { negative: 0, neutral: 0, positive: 0 };
  for (const row of rows) {
    if (!row.side) continue;
    if (row.count.kind !== 'count') return undefined;
    totals[row.side] += row.count.value;
  }
  return totals;
}
