import { useEffect, useRef, useState } from 'preact/hooks';
import type { Form } from '../../protocol/form';
import { textDirection, type Locale } from '../../protocol/locales';
import { discardDraft, saveEncryptedDraft } from '../device/drafts';
import { responsePlaintext } from '../forms/response';
import { text } from '../forms/i18n';
import { FormRunner } from '../forms/ui/FormRunner';
import { messages, setLocale, type Messages } from '../i18n';
import { restoreStaffLocale } from './staff-locale';
import { configSubmitter } from './submitter';

export interface QuestionnaireDraft {
  answers: Record<string, unknown>;
  locale: Locale;
  eventId?: string;
}

interface Props {
  form: Form;
  draftId: string;
  initial: QuestionnaireDraft;
  /** The message for the staff screen, in whichever language is current when shown. */
  onClose: (message: (m: Messages) => string) => void;
}

const SAVE_DELAY_MS = 300;

/**
 * An assisted questionnaire (Experts by Experience, training feedback). Progress is kept as
 * an encrypted draft under the device key after every change, so it survives a reload, and
 * can be paused, resumed, discarded or sent (sealed into the outbox).
 */
export function AssistedQuestionnaire({ form, draftId, initial, onClose }: Props) {
  const [answers, setAnswers] = useState(initial.answers);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const timer = useRef(0);
  const title = text(form.title, initial.locale);

  const save = (next: Record<string, unknown>) =>
    saveEncryptedDraft('questionnaire', draftId, form.id, title, { ...initial, answers: next });

  const [, setLocaleReady] = useState(false);
  useEffect(() => {
    // The person's language for the whole screen (buttons too), back to staff's after.
    void setLocale(initial.locale).then(
      () => setLocaleReady(true),
      () => undefined,
    );
    document.documentElement.lang = initial.locale;
    document.documentElement.dir = textDirection(initial.locale);
    return () => {
      window.clearTimeout(timer.current);
      void restoreStaffLocale();
    };
  }, [initial.locale]);

  const onAnswer = (id: string, value: unknown) =>
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[id];
      else next[id] = value;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(next), SAVE_DELAY_MS);
      return next;
    });

  const pause = async () => {
    window.clearTimeout(timer.current);
    await save(answers);
    onClose((m) => m.questionnaireWasPaused(title));
  };

  const discard = async () => {
    window.clearTimeout(timer.current);
    await discardDraft(draftId);
    onClose((m) => m.questionnaireWasDiscarded(title));
  };

  const submit = async () => {
    window.clearTimeout(timer.current);
    setBusy(true);
    setFailure(undefined);
    try {
      const submitter = await configSubmitter();
      await submitter.submit(
        responsePlaintext({
          form,
          locale: initial.locale,
          mode: 'assisted',
          eventId: initial.eventId,
          answers,
        }),
      );
      await discardDraft(draftId);
      void import('../app/sync-service').then((m) => m.requestSync());
      onClose((m) => m.questionnaireWasSent(title));
    } catch {
      setFailure(messages().questionnaireSaveFailed);
    } finally {
      setBusy(false);
    }
  };

  const m = messages();
  return (
    <div>
      <FormRunner
        form={form}
        answers={answers}
        locale={initial.locale}
        onAnswer={onAnswer}
        onLeaveStart={() => void pause()}
        onComplete={() => void submit()}
        busy={busy}
        failure={failure}
        extraActions={
          <>
            <button
              type="button"
              class="button secondary"
              onClick={() => void pause()}
              disabled={busy}
            >
              {m.questionnairePause}
            </button>
            <button
              type="button"
              class="button link"
              onClick={() => setConfirmDiscard(true)}
              disabled={busy}
            >
              {m.questionnaireDiscard}
            </button>
          </>
        }
      />
      {confirmDiscard ? (
        <div class="dialog-backdrop">
          <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="discard-title">
            <h2 id="discard-title">{m.questionnaireDiscardTitle}</h2>
            <p>{m.questionnaireDiscardBody}</p>
            <div class="actions">
              <button type="button" class="button" onClick={() => void discard()}>
                {m.questionnaireDiscardConfirm}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => setConfirmDiscard(false)}
              >
                {m.questionnaireKeep}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
