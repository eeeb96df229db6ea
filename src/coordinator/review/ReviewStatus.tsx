import type { ComponentChildren } from 'preact';
import type { AnalysisContext } from '../analysis/context';
import type { Dataset, Progress } from '../analysis/types';
import { kFor, protectCount } from '../analysis/disclosure';
import { useWorkspace } from '../workspace';
import { cellText } from './format';
import { useReview } from './review-context';

// Under each review screen's heading: a progress bar while records are fetched and opened,
// then where the numbers come from (how many records, whether the server could be reached,
// how many could not be opened) and a Refresh button. Only the phase is announced
// (role="status"); the running counts beside the bar are not, so a screen reader is not
// flooded while thousands of records are opened.

const n = (value: number) => value.toLocaleString('en-GB');

function progressText(p: Progress): string {
  if (p.phase === 'fetching')
    return p.done === 0
      ? 'Asking the server for new records…'
      : `${n(p.done)} records opened, more still arriving from the server…`;
  if (p.phase === 'decrypting' || p.phase === 'aggregating')
    return p.total === null
      ? `${n(p.done)} records opened…`
      : `${n(p.done)} of ${n(p.total)} records opened…`;
  return 'Finished.';
}

export function ReviewStatus() {
  const review = useReview();
  const { status, progress, dataset, notice, error } = review;
  const loading = status === 'loading';
  const phase =
    status === 'loading'
      ? dataset
        ? 'Checking for new responses…'
        : 'Loading responses…'
      : status === 'ready'
        ? 'Responses loaded.'
        : status === 'failed'
          ? 'The responses could not be loaded.'
          : 'Unlock the partnership key to see responses.';
  return (
    <section class="review-status" aria-label="Data status">
      <p role="status" class="review-phase">
        {phase}
      </p>
      {loading && progress ? (
        <div class="review-progress">
          <progress
            aria-label="Loading responses"
            {...(progress.total !== null && progress.total > 0
              ? { max: progress.total, value: progress.done }
              : {})}
          />
          <p class="progress-text">{progressText(progress)}</p>
        </div>
      ) : null}
      {dataset ? <DatasetSummary dataset={dataset} /> : null}
      {notice ? (
        <p class="notice warning">
          {notice.offline
            ? 'The server could not be reached, so you are seeing the records saved on this computer. Press Refresh when you are back online.'
            : `New records could not be fetched: ${notice.message}. You are seeing the records saved on this computer.`}
        </p>
      ) : null}
      {review.cacheCleared ? (
        <p class="notice">
          Records saved on this computer belonged to a different partnership key and were removed.
        </p>
      ) : null}
      {review.cacheFailed ? (
        <p class="notice warning">
          The records are shown, but this browser could not keep a copy for review without a
          connection ({review.cacheFailed}). They will be fetched again next time.
        </p>
      ) : null}
      {error ? (
        <p class="notice warning" role="alert">
          {error}
        </p>
      ) : null}
      {status === 'ready' || status === 'failed' ? (
        <button type="button" class="button secondary" onClick={review.refresh}>
          {status === 'failed' ? 'Try again' : 'Refresh'}
        </button>
      ) : null}
    </section>
  );
}

function DatasetSummary({ dataset }: { dataset: Dataset }) {
  const { config } = useWorkspace();
  const unreadable = dataset.unreadable.length;
  // Even the number of records is a count of people's answers: small ones read "fewer than k".
  const k = kFor(config?.payload.settings, '');
  const records = dataset.responses.length + dataset.deviceEvents.length;
  return (
    <>
      <p class="review-summary">
        Records opened: {cellText(protectCount(records, k))}. They are kept encrypted on this
        computer for offline review; answers are opened in memory only.
      </p>
      {unreadable > 0 ? (
        <p class="notice warning">
          {n(unreadable)} {unreadable === 1 ? 'record' : 'records'} could not be opened and{' '}
          {unreadable === 1 ? 'is' : 'are'} not counted (
          {[...new Set(dataset.unreadable.map((u) => u.reason))].slice(0, 3).join('; ')}).
        </p>
      ) : null}
    </>
  );
}

export interface ReadyReview {
  dataset: Dataset;
  analysis: AnalysisContext;
}

/** Renders its content once the dataset is open (kept, not hidden, during a refresh). */
export function ReviewReady({ children }: { children: (ready: ReadyReview) => ComponentChildren }) {
  const { dataset, analysis } = useReview();
  if (!dataset || !analysis) return null;
  return <>{children({ dataset, analysis })}</>;
}
