import { useEffect, useState } from 'preact/hooks';
import { subscribeSync, syncNow, type SyncView } from '../app/sync-service';
import {
  formatBytes,
  needsHomeScreenInstall,
  storageStatus,
  type StorageStatus,
} from '../device/storage-status';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function when(at: number | undefined): string {
  if (at === undefined) return 'Never';
  const d = new Date(at);
  const today = new Date().toDateString() === d.toDateString();
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return today ? `Today at ${time}` : `${d.toLocaleDateString()} at ${time}`;
}

/** What staff need to know about unsent responses: counts, progress, problems, storage. */
export function SyncPanel({ onConfigChange }: { onConfigChange: () => void }) {
  const [view, setView] = useState<SyncView>();
  const [storage, setStorage] = useState<StorageStatus>();
  useEffect(() => subscribeSync(setView), []);
  // A sync may bring a new config (forms, helplines): let the page re-read it.
  useEffect(() => {
    if (view && !view.running) onConfigChange();
  }, [view?.running]);
  useEffect(() => {
    void storageStatus().then(setStorage);
  }, [view?.summary.waiting]);
  if (!view) return null;
  const { summary, status, progress } = view;

  return (
    <section aria-labelledby="sync-title">
      <h2 id="sync-title">Sending responses</h2>
      {status.stopped === 'revoked' ? (
        <p class="notice warning" role="alert">
          This tablet has been switched off by your coordinator, so it cannot send responses. The{' '}
          {plural(summary.waiting, 'response', 'responses')} on it are kept safely (encrypted). Ask
          your coordinator what to do: do not clear this tablet’s data.
        </p>
      ) : null}
      {status.stopped === 'unauthenticated' ? (
        <p class="notice warning" role="alert">
          The server does not recognise this tablet any more, so it cannot send responses. Nothing
          has been deleted. Ask your coordinator to check the tablet’s enrolment.
        </p>
      ) : null}
      <dl class="status-list">
        <dt>Waiting to send</dt>
        <dd data-testid="outbox-waiting">{plural(summary.waiting, 'response', 'responses')}</dd>
        {summary.conflicts > 0 ? (
          <>
            <dt>Kept aside</dt>
            <dd>
              {plural(summary.conflicts, 'response', 'responses')} clashed with one already on the
              server and were kept on this tablet. Tell your coordinator.
            </dd>
          </>
        ) : null}
        {summary.rejected > 0 ? (
          <>
            <dt>Refused</dt>
            <dd>
              {plural(summary.rejected, 'response', 'responses')} refused by the server and kept on
              this tablet. Tell your coordinator.
            </dd>
          </>
        ) : null}
        <dt>Last sent</dt>
        <dd data-testid="last-sync">{when(status.lastSuccessAt)}</dd>
        {status.lastError && !status.stopped ? (
          <>
            <dt>Last problem</dt>
            <dd>
              {status.lastError}
              {status.retryAt ? ` Trying again ${when(status.retryAt).toLowerCase()}.` : ''}
            </dd>
          </>
        ) : null}
        <dt>Storage</dt>
        <dd>
          {storage?.persisted === true
            ? 'Kept by the browser (persistent)'
            : 'Not persistent: the browser may clear it if space runs low'}
          {storage?.usage !== undefined && storage.quota !== undefined
            ? ` · ${formatBytes(storage.usage)} of ${formatBytes(storage.quota)} used`
            : ''}
        </dd>
      </dl>
      {needsHomeScreenInstall() ? (
        <p class="notice warning">
          On an iPad, add Hearth to the Home Screen (Share, then “Add to Home Screen”) and use it
          from there, or Safari may delete unsent responses after a few weeks.
        </p>
      ) : null}
      {progress ? (
        <p>
          <label for="sync-progress">
            Sending {progress.sent} of {progress.total}
          </label>
          <progress id="sync-progress" max={progress.total} value={progress.sent} />
        </p>
      ) : null}
      <button
        type="button"
        class="button"
        disabled={view.running || Boolean(status.stopped)}
        onClick={() => void syncNow()}
      >
        {view.running ? 'Sending…' : 'Send now'}
      </button>
    </section>
  );
}
