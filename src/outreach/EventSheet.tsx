import { useEffect, useRef, useState } from 'preact/hooks';
import type { Form, QuestionOf } from '../../protocol/form';
import { discardDraft, saveEncryptedDraft } from '../device/drafts';
import { responsePlaintext } from '../forms/response';
import { visibleIds } from '../forms/engine';
import { canUndo, decrement, increment, toAnswers, undo } from '../forms/tally';
import { text } from '../forms/i18n';
import { Field } from '../forms/ui/Field';
import { currentLocale, messages, type Messages } from '../i18n';
import { ATTENDANCE_FORM_ID, sheetDraftId, type SheetState } from './event-sheet-state';
import { configSubmitter } from './submitter';

interface Props {
  form: Form;
  initial: SheetState;
  onStartKiosk: (eventId: string) => void;
  /** Assisted questionnaires that can be run at this event (their responses carry its id). */
  questionnaires: readonly Form[];
  onRunQuestionnaire: (form: Form, eventId: string) => void;
  /** The message for the staff screen, in whichever language is current when shown. */
  onClose: (message: (m: Messages) => string) => void;
}

const SAVE_DELAY_MS = 250;

/**
 * The attendance sheet for one event, on one page: headline counts, tallies with big +/−
 * and undo. Every change is kept encrypted on the tablet (it survives a reload or a flat
 * battery); "Close event" seals it into the outbox. Two tablets at one event each send
 * their own sheet.
 */
export function EventSheet({
  form,
  initial,
  onStartKiosk,
  questionnaires,
  onRunQuestionnaire,
  onClose,
}: Props) {
  const [sheet, setSheet] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [confirmClose, setConfirmClose] = useState(false);
  const timer = useRef(0);
  const { event } = sheet;
  const draftId = sheetDraftId(event.id);

  const persist = (next: SheetState) =>
    // No label: an event's name can say where people meet, so it stays inside the sealed draft.
    saveEncryptedDraft('attendance', draftId, ATTENDANCE_FORM_ID, undefined, next);
  const update = (change: (s: SheetState) => SheetState) =>
    setSheet((prev) => {
      const next = change(prev);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void persist(next), SAVE_DELAY_MS);
      return next;
    });
  useEffect(() => {
    void persist(sheet); // an opened sheet exists on the tablet from the first moment
    return () => window.clearTimeout(timer.current);
  }, []);

  const allAnswers = { ...sheet.answers, ...toAnswers(sheet.tally) };
  const visible = visibleIds(form, allAnswers);

  const onTally = (q: QuestionOf<'tally'>, next: unknown) => {
    const counts = (next ?? {}) as Record<string, number>;
    update((s) => {
      for (const band of q.bands) {
        const before = s.tally.counts[q.id]?.[band.value] ?? 0;
        const after = counts[band.value] ?? 0;
        if (after > before) return { ...s, tally: increment(s.tally, q.id, band.value) };
        if (after < before) return { ...s, tally: decrement(s.tally, q.id, band.value) };
      }
      return s;
    });
  };

  const close = async () => {
    window.clearTimeout(timer.current);
    setBusy(true);
    setProblem(undefined);
    try {
      const submitter = await configSubmitter();
      // The sheet's own labels are the staff's; its answers are codes, so 'en' is recorded.
      await submitter.submit(
        responsePlaintext({
          form,
          locale: 'en',
          mode: 'staff',
          day: event.day,
          eventId: event.id,
          answers: allAnswers,
        }),
      );
      await discardDraft(draftId);
      void import('../app/sync-service').then((m) => m.requestSync());
      onClose((m) => m.sheetClosed(event.name));
    } catch {
      setProblem(messages().sheetSealFailed);
      setBusy(false);
    }
  };

  const m = messages();
  const locale = currentLocale();
  return (
    <main class="page">
      <p>
        <button
          type="button"
          class="button link"
          onClick={() =>
            void persist(sheet).then(() => onClose((t) => t.sheetKeptOpen(event.name)))
          }
        >
          {m.sheetBack}
        </button>
      </p>
      <h1>{event.name}</h1>
      <p class="hint">
        {event.day}
        {event.area ? ` · ${event.area}` : ''} · {m.sheetSavedHint}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() => void persist(sheet).then(() => onStartKiosk(event.id))}
        >
          {m.sheetStartKiosk}
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={!canUndo(sheet.tally)}
          onClick={() => update((s) => ({ ...s, tally: undo(s.tally) }))}
        >
          {m.sheetUndo}
        </button>
      </div>
      {questionnaires.length > 0 ? (
        <section aria-labelledby="sheet-questionnaires">
          <h2 id="sheet-questionnaires">{m.sheetQuestionnaires}</h2>
          <div class="actions">
            {questionnaires.map((q) => (
              <button
                key={q.id}
                type="button"
                class="button secondary"
                onClick={() => void persist(sheet).then(() => onRunQuestionnaire(q, event.id))}
              >
                {m.questionnaireStart(text(q.title, currentLocale()))}
              </button>
            ))}
          </div>
        </section>
      ) : null}
      <form class="sheet" autocomplete="off" onSubmit={(e) => e.preventDefault()}>
        {form.questions
          .filter((q) => visible.has(q.id))
          .map((q) => (
            <Field
              key={q.id}
              question={q}
              value={q.type === 'tally' ? (sheet.tally.counts[q.id] ?? {}) : sheet.answers[q.id]}
              error={undefined}
              locale={locale}
              onChange={(v) =>
                q.type === 'tally'
                  ? onTally(q, v)
                  : update((s) => {
                      const answers = { ...s.answers };
                      if (v === undefined) delete answers[q.id];
                      else answers[q.id] = v;
                      return { ...s, answers };
                    })
              }
            />
          ))}
      </form>
      {problem ? (
        <p class="notice warning" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="button large"
          disabled={busy}
          onClick={() => setConfirmClose(true)}
        >
          {m.sheetClose}
        </button>
      </div>
      {confirmClose ? (
        <div class="dialog-backdrop">
          <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="close-title">
            <h2 id="close-title">{m.sheetCloseTitle(event.name)}</h2>
            <p>{m.sheetCloseBody}</p>
            <div class="actions">
              <button type="button" class="button" disabled={busy} onClick={() => void close()}>
                {m.sheetCloseConfirm}
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirmClose(false)}>
                {m.sheetKeepOpen}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </main>
  );
}
