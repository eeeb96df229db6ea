import { useEffect, useState } from 'preact/hooks';
import type { Form } from '../../protocol/form';
import { subscribeSync, syncNow, type SyncView } from '../app/sync-service';
import {
  formatBytes,
  needsHomeScreenInstall,
  storageStatus,
  type StorageStatus,
} from '../device/storage-status';
import { latestForm } from '../forms/catalogue';
import { text } from '../forms/i18n';
import { currentLocale, messages, type Messages } from '../i18n';

function when(m: Messages, at: number | undefined): string {
  if (at === undefined) return m.syncNever;
  const d = new Date(at);
  const today = new Date().toDateString() === d.toDateString();
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return today ? m.syncTodayAt(time) : m.syncDayAt(d.toLocaleDateString(), time);
}

/** A form's title for the per-form counts; rows that are not form responses (events) too. */
function formLabel(m: Messages, id: string, forms: readonly Form[]): string {
  const form = latestForm(id, forms);
  if (form) return text(form.title, currentLocale());
  return id === 'event' ? m.syncEvents : id;
}

/** What staff need to know about unsent responses: counts, progress, problems, storage. */
export function SyncPanel({
  onConfigChange,
  forms = [],
}: {
  onConfigChange: () => void;
  /** The partnership's forms, for titles in the per-form counts. */
  forms?: readonly Form[];
}) {
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
  const m = messages();
  const byForm = Object.entries(summary.byForm).filter(([, n]) => n > 0);

  return (
    <section aria-labelledby="sync-title">
      <h2 id="sync-title">{m.syncTitle}</h2>
      {status.stopped === 'revoked' ? (
        <p class="notice warning" role="alert">
          {m.syncRevoked(summary.waiting)}
        </p>
      ) : null}
      {status.stopped === 'unauthenticated' ? (
        <p class="notice warning" role="alert">
          {m.syncUnauthenticated}
        </p>
      ) : null}
      <dl class="status-list">
        <dt>{m.syncWaiting}</dt>
        <dd data-testid="outbox-waiting">{m.syncResponses(summary.waiting)}</dd>
        {byForm.length > 0 ? (
          <>
            <dt>{m.syncByForm}</dt>
            <dd>
              <ul data-testid="outbox-by-form">
                {byForm.map(([id, n]) => (
                  <li key={id}>
                    {formLabel(m, id, forms)}: {n}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {summary.conflicts > 0 ? (
          <>
            <dt>{m.syncKeptAside}</dt>
            <dd>{m.syncConflicts(summary.conflicts)}</dd>
          </>
        ) : null}
        {summary.rejected > 0 ? (
          <>
            <dt>{m.syncRefused}</dt>
            <dd>{m.syncRejected(summary.rejected)}</dd>
          </>
        ) : null}
        <dt>{m.syncLastSent}</dt>
        <dd data-testid="last-sync">{when(m, status.lastSuccessAt)}</dd>
        {status.lastError && !status.stopped ? (
          <>
            <dt>{m.syncLastProblem}</dt>
            <dd>
              {m.syncSendFailed}{' '}
              {/* The technical detail comes from the engine in English; staff may pass it on. */}
              <span lang="en">({status.lastError})</span>
              {status.retryAt
                ? ` ${m.syncTryingAgain(when(m, status.retryAt).toLocaleLowerCase(currentLocale()))}`
                : ''}
            </dd>
          </>
        ) : null}
        <dt>{m.syncStorage}</dt>
        <dd>
          {storage?.persisted === true ? m.syncPersistent : m.syncNotPersistent}
          {storage?.usage !== undefined && storage.quota !== undefined
            ? ` · ${m.syncUsed(formatBytes(storage.usage), formatBytes(storage.quota))}`
            : ''}
        </dd>
      </dl>
      {needsHomeScreenInstall() ? <p class="notice warning">{m.syncHomeScreen}</p> : null}
      {progress ? (
        <p>
          <label for="sync-progress">{m.syncProgress(progress.sent, progress.total)}</label>
          <progress id="sync-progress" max={progress.total} value={progress.sent} />
        </p>
      ) : null}
      <button
        type="button"
        class="button"
        disabled={view.running || Boolean(status.stopped)}
        onClick={() => void syncNow()}
      >
        {view.running ? m.syncSending : m.syncSendNow}
      </button>
    </section>
  );
}
