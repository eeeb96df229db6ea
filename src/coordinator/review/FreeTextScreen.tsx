import { useMemo, useState } from 'preact/hooks';
import { applyFilters, filterChoices, responsesTo } from '../analysis/filters';
import { formTitle } from '../analysis/forms';
import { freeText, type FreeTextAnswer } from '../analysis/free-text';
import { questionOrder } from '../analysis/summaries';
import { FilterBar } from './FilterBar';
import { cellText, describeFilters } from './format';
import { useReview } from './review-context';
import { ReviewReady, ReviewStatus, type ReadyReview } from './ReviewStatus';

// Written answers, per form and question, searchable. They are untrusted text typed on a
// tablet: rendered as JSX text nodes only, never as HTML. Below k responses (after filters)
// nothing is shown at all (design §8).

/** Answers rendered at first; more on request, so a huge set does not freeze the page. */
const PAGE = 200;

export function FreeTextScreen() {
  return (
    <div class="review-screen">
      <h1 tabIndex={-1}>Free text</h1>
      <ReviewStatus />
      <ReviewReady>{(ready) => <FreeTextReview ready={ready} />}</ReviewReady>
    </div>
  );
}

/** Forms with a text question that have responses, in catalogue order. */
function formsWithText({ dataset, analysis }: ReadyReview): string[] {
  const answered = new Set(dataset.responses.map((r) => r.formId));
  return analysis.catalogue
    .ids()
    .filter(
      (id) =>
        answered.has(id) && questionOrder(analysis.catalogue, id).some((q) => q.type === 'text'),
    );
}

function FreeTextReview({ ready }: { ready: ReadyReview }) {
  const { dataset, analysis } = ready;
  const { filters, setFilters } = useReview();
  const forms = useMemo(() => formsWithText(ready), [ready]);
  const requested = new URLSearchParams(location.search).get('form') ?? '';
  const [formId, setFormId] = useState(forms.includes(requested) ? requested : (forms[0] ?? ''));
  const [questionId, setQuestionId] = useState('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const own = useMemo(() => responsesTo(dataset.responses, formId), [dataset, formId]);
  const choices = useMemo(() => filterChoices(own, analysis.events), [own, analysis]);
  const result = useMemo(
    () =>
      freeText(applyFilters(own, filters, analysis.events), formId, analysis, {
        search,
        ...(questionId ? { questionId } : {}),
      }),
    [own, filters, analysis, formId, search, questionId],
  );
  if (forms.length === 0) {
    return <p class="notice">No responses with written answers have been received yet.</p>;
  }
  const groups = result.questions
    .map((q) => ({ ...q, answers: result.answers.filter((a) => a.questionId === q.questionId) }))
    .filter((g) => g.answers.length > 0);
  let budget = limit;
  return (
    <>
      <form class="filter-bar" aria-label="Choose answers" onSubmit={(e) => e.preventDefault()}>
        <div class="filter">
          <label for="ft-form">Form</label>
          <select
            id="ft-form"
            value={formId}
            onChange={(e) => {
              setFormId(e.currentTarget.value);
              setQuestionId('');
              setLimit(PAGE);
            }}
          >
            {forms.map((id) => (
              <option key={id} value={id}>
                {formTitle(analysis.catalogue, id)}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="ft-question">Question</label>
          <select
            id="ft-question"
            value={questionId}
            onChange={(e) => setQuestionId(e.currentTarget.value)}
          >
            <option value="">All written questions</option>
            {result.questions.map((q) => (
              <option key={q.questionId} value={q.questionId}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
        <div class="filter filter-wide">
          <label for="ft-search">Search the answers</label>
          <input
            id="ft-search"
            type="search"
            value={search}
            autoComplete="off"
            onInput={(e) => {
              setSearch(e.currentTarget.value);
              setLimit(PAGE);
            }}
          />
        </div>
      </form>
      <FilterBar
        filters={filters}
        onChange={setFilters}
        choices={choices}
        events={analysis.events}
        idPrefix="ft"
      />
      <p class="result-count">
        <strong>Responses: {cellText(result.n)}</strong> (
        {describeFilters(filters, analysis.events)})
      </p>
      {!result.shown ? (
        <p class="notice warning" role="note">
          {result.n.kind === 'count' && result.n.value === 0
            ? 'No responses match these filters.'
            : `Fewer than ${result.k} responses match these filters. To protect the anonymity of the people who answered, written answers are not shown. Widen the filters to see them.`}
        </p>
      ) : (
        <>
          <p class="notice">
            These answers were written by the people who responded. Do not copy them anywhere a
            person could be recognised from them.
          </p>
          <p role="status" class="result-count">
            {search.trim()
              ? `${result.answers.length} of ${result.totalAnswers} written answers contain “${search.trim()}”.`
              : `${result.totalAnswers} written answers.`}
          </p>
          {groups.map((g) => {
            const shown = g.answers.slice(0, Math.max(0, budget));
            budget -= shown.length;
            return shown.length > 0 ? (
              <AnswerGroup key={g.questionId} id={g.questionId} label={g.label} answers={shown} />
            ) : null;
          })}
          {result.answers.length > limit ? (
            <button type="button" class="button secondary" onClick={() => setLimit(limit + PAGE)}>
              Show more answers
            </button>
          ) : null}
        </>
      )}
    </>
  );
}

function AnswerGroup(props: { id: string; label: string; answers: FreeTextAnswer[] }) {
  const headingId = `ft-q-${props.id}`;
  return (
    <section class="free-text-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.label}</h2>
      <ul class="free-text-list">
        {props.answers.map((a, i) => (
          // Text node only: whatever the answer contains is shown as written, never parsed.
          <li key={i} class="free-text">
            {a.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
