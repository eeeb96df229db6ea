import { PREFER_NOT_TO_SAY, type AnswerValue, type Question } from '../../../protocol/form';
import { formatCell } from './disclosure';
import { en, type FormCatalogue } from './forms';
import { PNTS_LABEL } from './questions';
import { definitions, questionOrder } from './summaries';
import type { FormSummary } from './summary-types';
import type { Cell, ResponseRow } from './types';

// CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, a quote or a line
// break, lines ended with CRLF, and a UTF-8 byte order mark so Excel reads non-English text
// correctly. A field that starts with = + - @, a tab or a carriage return is prefixed with '
// so a spreadsheet never runs free text as a formula (CSV injection).

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, defused and quoted as needed. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document (with BOM) from rows of fields, the first being the header. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const cellText = (cell: Cell): string | number =>
  cell.kind === 'count' ? cell.value : formatCell(cell);

/**
 * Aggregate CSV from form summaries (already disclosure-controlled, and rounded if they were
 * made "for publication"): one line per shown count, with "fewer than k" where suppressed.
 */
export function aggregateCsv(summaries: readonly FormSummary[]): string {
  const lines: (string | number)[][] = [['Form', 'Question', 'Answer', 'Count']];
  for (const form of summaries) {
    lines.push([form.title, '', 'Responses', cellText(form.n)]);
    if (!form.shown) continue;
    for (const q of form.questions) {
      lines.push([
        form.title,
        q.label,
        q.type === 'tally' ? 'Sheets with counts' : 'Answered',
        cellText(q.answered),
      ]);
      if (!q.shown) continue;
      for (const row of q.rows) lines.push([form.title, q.label, row.label, cellText(row.count)]);
      if (q.type === 'tally') lines.push([form.title, q.label, 'Total people', cellText(q.total)]);
      if (q.sum) lines.push([form.title, q.label, 'Sum', cellText(q.sum)]);
    }
  }
  return toCsv(lines);
}

function label(question: Question | undefined, value: string): string {
  if (value === PREFER_NOT_TO_SAY) return PNTS_LABEL;
  if (question?.type === 'choice') {
    const option = question.options.find((o) => o.value === value);
    if (option) return en(option.label);
  }
  if (question?.type === 'yesno') return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : value;
  return value;
}

/** One answer as a cell: labels for choices, "; " between multiple choices and tally bands. */
export function answerText(
  question: Question | undefined,
  value: AnswerValue | undefined,
): string | number {
  if (value === undefined) return '';
  if (value === true) return 'Yes';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return label(question, value);
  if (Array.isArray(value)) return value.map((v) => label(question, v)).join('; ');
  const bands = question?.type === 'tally' ? question.bands : [];
  return Object.entries(value)
    .filter(([, n]) => n > 0)
    .map(([band, n]) => `${en(bands.find((b) => b.value === band)?.label ?? { en: band })}: ${n}`)
    .join('; ');
}

/**
 * One line per response (admins only, after a warning the screen shows and the audit log
 * records): the day, version, language, event and mode, then one column per question.
 */
export function perRowCsv(
  rows: readonly ResponseRow[],
  formId: string,
  catalogue: FormCatalogue,
): string {
  const questions = questionOrder(catalogue, formId).filter((q) => q.type !== 'info');
  const seen = new Map<string, number>();
  for (const q of questions) seen.set(en(q.label), (seen.get(en(q.label)) ?? 0) + 1);
  const header = questions.map((q) =>
    (seen.get(en(q.label)) ?? 0) > 1 ? `${en(q.label)} (${q.id})` : en(q.label),
  );
  const lines: (string | number)[][] = [
    ['Day', 'Form version', 'Language', 'Event', 'Mode', ...header],
  ];
  const definitionOf = definitions(catalogue);
  for (const row of rows) {
    if (row.formId !== formId) continue;
    const defs = definitionOf(row);
    lines.push([
      row.day,
      row.formVersion,
      row.locale,
      row.eventId ?? '',
      row.mode,
      ...questions.map((q) =>
        answerText(
          defs?.get(q.id) ?? q,
          Object.hasOwn(row.answers, q.id) ? row.answers[q.id] : undefined,
        ),
      ),
    ]);
  }
  return toCsv(lines);
}
