import { useMemo, useState } from 'preact/hooks';
import { localDay } from '../../../protocol/day';
import { boardReport } from '../analysis/report';
import { useWorkspace } from '../workspace';
import { dayLabel } from '../review/format';
import { useReview } from '../review/review-context';
import { ReviewReady, ReviewStatus, type ReadyReview } from '../review/ReviewStatus';
import { defaultPeriod, periodProblem, type Period } from './period';
import { ReportBody } from './ReportBody';
import '../review/review.css';
import './print.css';

// A printable report for the Partnership Board: choose a period, read the headline measures,
// charts and disclosure-controlled tables, then "Print or save as PDF". The print stylesheet
// hides the workspace around the report and keeps charts and tables whole.

export function ReportScreen() {
  return (
    <div class="review-screen report-screen">
      <h1 tabIndex={-1}>Board report</h1>
      <div class="no-print">
        <ReviewStatus />
      </div>
      <ReviewReady>{(ready) => <Report ready={ready} />}</ReviewReady>
    </div>
  );
}

function Report({ ready }: { ready: ReadyReview }) {
  const { dataset, analysis } = ready;
  const { config } = useWorkspace();
  const { filters } = useReview();
  const [period, setPeriod] = useState<Partial<Period>>(() =>
    filters.from && filters.to ? { from: filters.from, to: filters.to } : defaultPeriod(localDay()),
  );
  const [round, setRound] = useState(false);
  const problem = periodProblem(period);
  const valid = problem === undefined ? (period as Period) : undefined;
  const report = useMemo(
    () => (valid ? boardReport(dataset, analysis, valid, { round }) : undefined),
    [dataset, analysis, valid?.from, valid?.to, round],
  );
  const name = config?.payload.partnershipName ?? 'Partnership';
  return (
    <>
      <form
        class="filter-bar no-print"
        aria-label="Report period"
        onSubmit={(e) => e.preventDefault()}
      >
        <div class="filter">
          <label for="rp-from">First day</label>
          <input
            id="rp-from"
            type="date"
            value={period.from ?? ''}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          />
        </div>
        <div class="filter">
          <label for="rp-to">Last day</label>
          <input
            id="rp-to"
            type="date"
            value={period.to ?? ''}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
          />
        </div>
        <div class="option-row">
          <input
            id="rp-round"
            type="checkbox"
            checked={round}
            onChange={(e) => setRound(e.currentTarget.checked)}
          />
          <label for="rp-round">Round counts to the nearest 5 for publication</label>
        </div>
        <button type="button" class="button" disabled={!report} onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </form>
      {problem ? (
        <p class="field-error no-print" role="alert">
          {problem}
        </p>
      ) : null}
      {report && valid ? (
        <article class="board-report" aria-labelledby="report-title">
          <header class="report-header">
            <h2 id="report-title">
              {name}: report for {dayLabel(valid.from)} to {dayLabel(valid.to)}
            </h2>
            <p class="hint">
              Made with Hearth on {dayLabel(localDay())}. Counts of people from 1 to k−1 read “fewer
              than k”{round ? '; other counts are rounded to the nearest 5' : ''}.
            </p>
          </header>
          <ReportBody report={report} ready={ready} round={round} />
        </article>
      ) : null}
    </>
  );
}
