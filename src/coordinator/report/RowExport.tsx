import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '../../../protocol/day';
import { perRowCsv } from '../analysis/csv';
import { formTitle } from '../analysis/forms';
import type { Filters } from '../analysis/types';
import { describeFilters, fileName } from '../review/format';
import type { ReadyReview } from '../review/ReviewStatus';
import { CSV_TYPE, downloadText } from '../ui/download';
import { exportDetail, recordExport, rowSelection } from './exports';

// One row per response, for admins only. The file holds each person's answers side by side,
// outside disclosure control and outside the partnership key, so the screen says so plainly
// and asks for a confirmation first. The audit log records the export before the file is
// made: no audit entry, no file.

interface Props {
  ready: ReadyReview;
  formId: string;
  filters: Filters;
}

export function RowExport({ ready, formId, filters }: Props) {
  const { dataset, analysis } = ready;
  const [step, setStep] = useState<'start' | 'confirm'>('start');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const warning = useRef<HTMLDivElement>(null);
  const selection = rowSelection(dataset, analysis, filters, formId);
  const title = formTitle(analysis.catalogue, formId);

  useEffect(() => {
    setStep('start');
    setUnderstood(false);
  }, [formId]);
  useEffect(() => {
    if (step === 'confirm') warning.current?.focus();
  }, [step]);

  const download = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await recordExport(
        'export_rows',
        exportDetail({
          form: formId,
          rows: selection.rows.length,
          filters: describeFilters(filters, analysis.events),
        }),
      );
    } catch (e) {
      setMessage({
        ok: false,
        text: `The export could not be recorded in the audit log, so no file was made. ${e instanceof Error ? e.message : ''}`,
      });
      setBusy(false);
      return;
    }
    const name = fileName(`responses-${formId}`, localDay());
    downloadText(name, perRowCsv(selection.rows, formId, analysis.catalogue), CSV_TYPE);
    setMessage({ ok: true, text: `Downloaded ${name} (${selection.rows.length} rows).` });
    setStep('start');
    setUnderstood(false);
    setBusy(false);
  };

  return (
    <section aria-labelledby="rows-heading">
      <h2 id="rows-heading">One row per response (admins only)</h2>
      {!selection.allowed ? (
        <p class="notice">
          Fewer than {selection.k} responses to {title} match these filters, so they cannot be
          exported one row each. Widen the filters.
        </p>
      ) : step === 'start' ? (
        <>
          <p>
            {selection.rows.length} responses to {title} match these filters.
          </p>
          <button type="button" class="button secondary" onClick={() => setStep('confirm')}>
            Export one row per response…
          </button>
        </>
      ) : (
        <div class="notice warning" ref={warning} tabIndex={-1} aria-labelledby="rows-risk">
          <h3 id="rows-risk">Before you download: this file can identify people</h3>
          <ul>
            <li>
              It holds every answer each person gave, side by side: their written comments, the
              event and day, their language and any “about you” answers. Together these can identify
              someone even though no names are asked.
            </li>
            <li>
              None of the protections on these screens apply to it: no “fewer than k”, and it is not
              encrypted. Anyone who gets the file can read all of it.
            </li>
            <li>
              Keep it only on an encrypted, access-controlled drive, do not e-mail it or share it
              outside the partnership, and delete it when you have finished.
            </li>
            <li>The audit log records that you downloaded it.</li>
          </ul>
          <div class="option-row">
            <input
              id="rows-understood"
              type="checkbox"
              checked={understood}
              onChange={(e) => setUnderstood(e.currentTarget.checked)}
            />
            <label for="rows-understood">I understand the risk and will keep the file safe</label>
          </div>
          <div class="actions">
            <button
              type="button"
              class="button"
              disabled={!understood || busy}
              onClick={() => void download()}
            >
              Download {selection.rows.length} rows as CSV
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setStep('start');
                setUnderstood(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" class={message && !message.ok ? 'field-error' : 'result-count'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
