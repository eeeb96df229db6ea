import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '../../protocol/day';
import type { Form } from '../../protocol/form';
import { textDirection, type Locale } from '../../protocol/locales';
import { discardDraft, saveEncryptedDraft } from '../device/drafts';
import { cleanAnswers } from '../forms/engine';
import { text } from '../forms/i18n';
import { FormRunner } from '../forms/ui/FormRunner';
import { setLocale } from '../i18n';
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
  onClose: (message: string) => void;
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
    // The person's language for the whole screen (buttons too), back to English after.
    void setLocale(initial.locale).then(
      () => setLocaleReady(true),
      () => undefined,
    );
    document.documentElement.lang = initial.locale;
    document.documentElement.dir = textDirection(initial.locale);
    return () => {
      window.clearTimeout(timer.current);
      void setLocale('en');
      document.documentElement.lang = 'en';
      document.documentElement.dir = 'ltr';
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
    onClose(`“${title}” paused. It is kept encrypted on this tablet.`);
  };

  const discard = async () => {
    window.clearTimeout(timer.current);
    await discardDraft(draftId);
    onClose(`“${title}” discarded.`);
  };

  const submit = async () => {
    window.clearTimeout(timer.current);
    setBusy(true);
    setFailure(undefined);
    try {
      const submitter = await configSubmitter();
      await submitter.submit({
        v: 1,
        kind: 'response',
        formId: form.id,
        formVersion: form.version,
        locale: initial.locale,
        day: localDay(),
        mode: 'assisted',
        ...(initial.eventId ? { eventId: initial.eventId } : {}),
        answers: cleanAnswers(form, answers),
      });
      await discardDraft(draftId);
      void import('../app/sync-service').then((m) => m.requestSync());
      onClose(`“${title}” sent to the outbox (sealed).`);
    } catch {
      setFailure('The answers could not be saved. They are still here and in the paused draft.');
    } finally {
      setBusy(false);
    }
  };

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
              Pause
            </button>
            <button
              type="button"
              class="button link"
              onClick={() => setConfirmDiscard(true)}
              disabled={busy}
            >
              Discard
            </button>
          </>
        }
      />
      {confirmDiscard ? (
        <div class="dialog-backdrop">
          <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="discard-title">
            <h2 id="discard-title">Discard these answers?</h2>
            <p>They will be deleted from this tablet and never sent.</p>
            <div class="actions">
              <button type="button" class="button" onClick={() => void discard()}>
                Discard answers
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => setConfirmDiscard(false)}
              >
                Keep them
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
