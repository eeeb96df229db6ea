import { useEffect, useMemo } from 'preact/hooks';
import { fewerThan } from '../analysis/disclosure';
import { applyFilters, filterChoices, responsesTo } from '../analysis/filters';
import { formCatalogue, formTitle } from '../analysis/forms';
import { summariseForm } from '../analysis/summaries';
import type { Filters } from '../analysis/types';
import { COORDINATOR_PATHS } from '../routes';
import { useWorkspace } from '../workspace';
import { FilterBar } from './FilterBar';
import { cellText, describeFilters } from './format';
import { QuestionResult } from './QuestionResult';
import { useReview, withFilter } from './review-context';
import { ReviewReady, ReviewStatus, type ReadyReview } from './ReviewStatus';

// One form's results: filters, then a chart and a table per question. Below k responses
// after filtering, nothing but that fact is shown (design §8): no distributions, no free text.

/** Where a form's written answers are read. */
export function freeTextPath(formId: string): string {
  return `${COORDINATOR_PATHS.freeText}?form=${encodeURIComponent(formId)}`;
}

export function FormScreen({ formId }: { formId: string }) {
  const { config } = useWorkspace();
  const forms = config?.payload.forms;
  const title = useMemo(() => formTitle(formCatalogue(forms ?? []), formId), [forms, formId]);
  return (
    <div class="review-screen">
      <h1 tabIndex={-1}>{title}</h1>
      <ReviewStatus />
      <ReviewReady>{(ready) => <FormResults formId={formId} ready={ready} />}</ReviewReady>
    </div>
  );
}

function FormResults({ formId, ready }: { formId: string; ready: ReadyReview }) {
  const { navigate } = useWorkspace();
  const { filters, setFilters } = useReview();
  const { dataset, analysis } = ready;
  const own = useMemo(() => responsesTo(dataset.responses, formId), [dataset, formId]);
  const choices = useMemo(() => filterChoices(own, analysis.events), [own, analysis]);
  // A version chosen for another form means nothing here.
  const version = filters.formVersion;
  const effective: Filters =
    version === undefined || choices.formVersions.includes(version)
      ? filters
      : withFilter(filters, 'formVersion', undefined);
  useEffect(() => {
    if (effective !== filters) setFilters(effective);
  }, [effective, filters, setFilters]);
  const summary = useMemo(
    () => summariseForm(applyFilters(own, effective, analysis.events), formId, analysis),
    [own, effective, analysis, formId],
  );
  const known = analysis.catalogue.latest(formId) !== undefined;
  if (!known && own.length === 0) {
    return <p class="notice">There is no form called “{formId}” and no responses to it.</p>;
  }
  const href = freeTextPath(formId);
  const goFreeText = (e: MouseEvent) => {
    e.preventDefault();
    navigate(href);
  };
  const n = summary.n;
  return (
    <>
      <FilterBar
        filters={effective}
        onChange={setFilters}
        choices={choices}
        events={analysis.events}
      />
      <p class="result-count">
        <strong>Responses: {cellText(n)}</strong> ({describeFilters(effective, analysis.events)})
      </p>
      {summary.versions.length > 1 ? (
        <p class="hint">
          These responses were given on versions {summary.versions.join(', ')} of the form; each
          answer is counted with the version it was given on.
        </p>
      ) : null}
      {!summary.shown ? (
        <p class="notice warning" role="note">
          {n.kind === 'count' && n.value === 0
            ? 'No responses match these filters.'
            : `Fewer than ${summary.k} responses match these filters. To protect the anonymity of the people who answered, no answers and no written comments are shown. Widen the filters to see results.`}
        </p>
      ) : (
        summary.questions.map((q) => (
          <QuestionResult
            key={q.questionId}
            q={q}
            k={summary.k}
            level={2}
            freeTextHref={href}
            onFreeText={goFreeText}
          />
        ))
      )}
      {summary.shown ? (
        <p class="hint">
          Counts from 1 to {summary.k - 1} are shown as “{fewerThan(summary.k)}”.
        </p>
      ) : null}
    </>
  );
}
