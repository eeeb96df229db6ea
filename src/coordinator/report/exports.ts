import type { AuditDetail } from '../../../protocol/api';
import { AuditPostRequest } from '../../../protocol/api';
import { coordinatorSend } from '../api';
import type { AnalysisContext } from '../analysis/context';
import { kFor } from '../analysis/disclosure';
import { applyFilters, responsesTo } from '../analysis/filters';
import { summariseForm } from '../analysis/summaries';
import type { FormSummary } from '../analysis/summary-types';
import type { Dataset, Filters, ResponseRow } from '../analysis/types';

// What an export contains and how it is recorded. The CSV text itself comes from
// analysis/csv.ts; here: which forms and rows go in (the same filters as the screens, so a
// file matches what the screen showed), and the audit entry that must be written first.

export const ALL_FORMS = '';

/** Filters for an export: a form version only means something for one form. */
export function exportFilters(filters: Filters, formId: string): Filters {
  if (formId !== ALL_FORMS || filters.formVersion === undefined) return filters;
  const rest = { ...filters };
  delete rest.formVersion;
  return rest;
}

/** Forms with responses, in catalogue order, then any unknown ids. */
export function formsWithResponses(dataset: Dataset, analysis: AnalysisContext): string[] {
  const answered = new Set(dataset.responses.map((r) => r.formId));
  const ids = analysis.catalogue.ids().filter((id) => answered.has(id));
  for (const id of [...answered].sort()) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Disclosure-controlled summaries for the aggregate CSV (rounded to 5 when asked). */
export function aggregateSummaries(
  dataset: Dataset,
  analysis: AnalysisContext,
  filters: Filters,
  formId: string,
  round: boolean,
): FormSummary[] {
  const rows = applyFilters(dataset.responses, exportFilters(filters, formId), analysis.events);
  const ids = formId === ALL_FORMS ? formsWithResponses(dataset, analysis) : [formId];
  return ids.map((id) => summariseForm(rows, id, analysis, { round }));
}

export interface RowSelection {
  rows: ResponseRow[];
  k: number;
  /** False when fewer than k responses match: no per-row file is made (design §8). */
  allowed: boolean;
}

/** The responses a per-row export of one form would hold. */
export function rowSelection(
  dataset: Dataset,
  analysis: AnalysisContext,
  filters: Filters,
  formId: string,
): RowSelection {
  const rows = applyFilters(responsesTo(dataset.responses, formId), filters, analysis.events);
  const k = kFor(analysis.settings, formId);
  return { rows, k, allowed: rows.length >= k };
}

/** Audit detail: what was exported and how, never any answer. Strings cut to 200. */
export function exportDetail(parts: Record<string, string | number | boolean>): AuditDetail {
  const detail: AuditDetail = {};
  for (const [key, value] of Object.entries(parts))
    detail[key] = typeof value === 'string' ? value.slice(0, 200) : value;
  return detail;
}

/** Records the export in the audit log; throws (and so no file is made) if that fails. */
export async function recordExport(
  action: 'export_aggregate' | 'export_rows',
  detail: AuditDetail,
): Promise<void> {
  await coordinatorSend('/audit', {
    method: 'POST',
    body: AuditPostRequest.parse({ action, detail }),
  });
}
