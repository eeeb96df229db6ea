import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Form } from '../../../protocol/form';
import type { Locale } from '../../../protocol/locales';
import { messages } from '../../i18n';
import { validateAnswers, visibleScreens, type AnswerInput } from '../engine';
import { text } from '../i18n';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { fieldId } from './field-props';

interface Props {
  form: Form;
  answers: AnswerInput;
  locale: Locale;
  onAnswer: (questionId: string, value: unknown) => void;
  /** Back from the first screen. */
  onLeaveStart: () => void;
  /** Every screen is valid; the caller cleans, seals and stores. */
  onComplete: () => void;
  busy: boolean;
  failure: string | undefined;
  /** More buttons beside Continue/Back (assisted mode: Pause, Discard). */
  extraActions?: ComponentChildren;
}

/**
 * Steps through a form one screen at a time. Navigation lives in component state, never in
 * the URL or history, so Back in the browser cannot replay anyone's answers.
 */
export function FormRunner({
  form,
  answers,
  locale,
  onAnswer,
  onLeaveStart,
  onComplete,
  busy,
  failure,
  extraActions,
}: Props) {
  const m = messages();
  const all = visibleScreens(form, answers);
  // A screen is tracked by its first question, which stays put when later screens appear.
  const [screenKey, setScreenKey] = useState(() => all[0]?.[0]?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = Math.max(
    0,
    all.findIndex((s) => s[0]?.id === screenKey),
  );
  const screen = all[index] ?? [];
  const last = index === all.length - 1;

  useEffect(() => {
    window.scrollTo(0, 0);
    headingRef.current?.focus();
  }, [screenKey]);

  const next = () => {
    const problems = validateAnswers(
      form,
      answers,
      screen.map((q) => q.id),
    );
    if (problems.length > 0) {
      setErrors(Object.fromEntries(problems.map((p) => [p.questionId, text(p.message, locale)])));
      return;
    }
    setErrors({});
    if (last) return onComplete();
    setScreenKey(all[index + 1]![0]!.id);
  };

  const back = () => {
    setErrors({});
    if (index === 0) return onLeaveStart();
    setScreenKey(all[index - 1]![0]!.id);
  };

  const summary = screen
    .filter((q) => errors[q.id])
    .map((q) => ({ targetId: fieldId(q), text: errors[q.id]! }));

  return (
    <form
      class="kiosk-screen"
      autocomplete="off"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) next();
      }}
    >
      <p class="progress-text">{m.pageOf(index + 1, all.length)}</p>
      <h1 class="visually-hidden" tabIndex={-1} ref={headingRef}>
        {text(form.title, locale)}, {m.pageOf(index + 1, all.length)}
      </h1>
      <ErrorSummary items={summary} />
      {screen.map((q) => (
        <Field
          key={q.id}
          question={q}
          value={answers[q.id]}
          error={errors[q.id]}
          locale={locale}
          onChange={(v) => onAnswer(q.id, v)}
        />
      ))}
      {failure ? (
        <p class="notice warning" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button large" disabled={busy}>
          {busy ? m.sending : last ? m.send : m.continue}
        </button>
        <button type="button" class="button secondary" onClick={back} disabled={busy}>
          {m.back}
        </button>
        {extraActions}
      </div>
    </form>
  );
}
