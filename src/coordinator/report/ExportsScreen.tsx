import { useMemo, useState } from 'preact/hooks';
import { localDay } from '../../../protocol/day';
import { aggregateCsv } from '../analysis/csv';
import { filterChoices, responsesTo } from '../analysis/filters';
import { formTitle } from '../analysis/forms';
import { useWorkspace } from '../workspace';
import { FilterBar } from '../review/FilterBar';
import { describeFilters, fileName } from '../review/format';
import { useReview } from '../review/review-context';
import { ReviewReady, ReviewStatus, type ReadyReview } from '../review/ReviewStatus';
import { CSV_TYPE, downloadText } from '../ui/download';
import {
  ALL_FORMS,
  aggregateSummaries,
  exportDetail,
  exportFilters,
  formsWithResponses,
  recordExport,
} from './exports';
import { RowExport } from './RowExport';
import '../review/review.css';

// CSV exports. The aggregate file holds the same disclosure-controlled numbers as the screens
// (optionally rounded to the nearest 5 for publication). Admins can also export one row per
// response, behind a warning. Either way the audit log records the export first: if that
// fails, no file is made.

export function ExportsScreen() {
  return (
    <div class="review-screen">
      <h1 tabIndex={-1}>Exports</h1>
      <ReviewStatus />
      <ReviewReady>{(ready) => <Exports ready={ready} />}</ReviewReady>
    </div>
  );
}

function Exports({ ready }: { ready: ReadyReview }) {
  const { dataset, analysis } = ready;
  const { coordinator } = useWorkspace();
  const { filters, setFilters } = useReview();
  const forms = useMemo(() => formsWithResponses(dataset, analysis), [dataset, analysis]);
  const [formId, setFormId] = useState(ALL_FORMS);
  const scoped = useMemo(
    () => (formId === ALL_FORMS ? dataset.responses : responsesTo(dataset.responses, formId)),
    [dataset, formId],
  );
  const choices = useMemo(() => filterChoices(scoped, analysis.events), [scoped, analysis]);
  const effective = exportFilters(filters, formId);
  if (forms.length === 0) {
    return <p class="notice">There are no responses to export yet.</p>;
  }
  return (
    <>
      <form class="filter-bar" aria-label="What to export" onSubmit={(e) => e.preventDefault()}>
        <div class="filter">
          <label for="ex-form">Form</label>
          <select id="ex-form" value={formId} onChange={(e) => setFormId(e.currentTarget.value)}>
            <option value={ALL_FORMS}>All forms</option>
            {forms.map((id) => (
              <option key={id} value={id}>
                {formTitle(analysis.catalogue, id)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <FilterBar
        filters={effective}
        onChange={setFilters}
        choices={choices}
        events={analysis.events}
        idPrefix="ex"
        {...(formId === ALL_FORMS ? { fields: ['dates', 'event', 'area', 'locale'] as const } : {})}
      />
      <p class="result-count">Exporting: {describeFilters(effective, analysis.events)}</p>
      <AggregateExport ready={ready} formId={formId} />
      {coordinator.role === 'admin' && formId !== ALL_FORMS ? (
        <RowExport ready={ready} formId={formId} filters={effective} />
      ) : coordinator.role === 'admin' ? (
        <section aria-labelledby="rows-heading">
          <h2 id="rows-heading">One row per response</h2>
          <p>Choose one form above to export its responses one row each.</p>
        </section>
      ) : null}
    </>
  );
}

function AggregateExport({ ready, formId }: { ready: ReadyReview; formId: string }) {
  const { dataset, analysis } = ready;
  const { filters } = useReview();
  const [round, setRound] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const download = async () => {
    setBusy(true);
    setMessage(null);
    const effective = exportFilters(filters, formId);
    try {
      const summaries = aggregateSummaries(dataset, analysis, effective, formId, round);
      await recordExport(
        'export_aggregate',
        exportDetail({
          form: formId === ALL_FORMS ? 'all' : formId,
          rounded: round,
          filters: describeFilters(effective, analysis.events),
        }),
      );
      const name = fileName(
        `aggregate-${formId || 'all-forms'}${round ? '-rounded' : ''}`,
        localDay(),
      );
      downloadText(name, aggregateCsv(summaries), CSV_TYPE);
      setMessage({ ok: true, text: `Downloaded ${name}.` });
    } catch (e) {
      setMessage({
        ok: false,
        text: `The export could not be recorded in the audit log, so no file was made. ${e instanceof Error ? e.message : ''}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="agg-heading">
      <h2 id="agg-heading">Aggregate numbers (CSV)</h2>
      <p>
        Counts per answer for every question, exactly as the review screens show them: counts from 1
        to k−1 read “fewer than k” (with, where needed, one more count hidden the same way so that
        none can be worked out from a total), and forms with fewer than k responses give only that.
      </p>
      <div class="option-row">
        <input
          id="agg-round"
          type="checkbox"
          checked={round}
          onChange={(e) => setRound(e.currentTarget.checked)}
        />
        <label for="agg-round">Round to the nearest 5 for publication</label>
      </div>
      <button type="button" class="button" disabled={busy} onClick={() => void download()}>
        Download aggregate CSV
      </button>
      <p role="status" class={message && !message.ok ? 'field-error' : 'result-count'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
