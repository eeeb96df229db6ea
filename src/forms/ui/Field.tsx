import type { JSX } from 'preact';
import { PREFER_NOT_TO_SAY, type QuestionOf } from '../../../protocol/form';
import { messages } from '../../i18n';
import { text } from '../i18n';
import { fieldId, type FieldProps } from './field-props';
import { ChoiceInputs, TallyInputs, TextInput } from './inputs';

/** One question: its label, hint, error and the input that fits its type. */
export function Field(props: FieldProps) {
  const { question: q, locale, error } = props;
  const label = text(q.label, locale);
  const hint = q.hint ? <p class="hint">{text(q.hint, locale)}</p> : null;
  const errorText = error ? (
    <p class="field-error" id={`${fieldId(q)}-error`}>
      <span class="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;

  if (q.type === 'info') {
    return (
      <div class="info">
        <h2 class="question-label">{label}</h2>
        {hint}
      </div>
    );
  }
  // Single inputs get a <label>; groups of options a <fieldset>/<legend>.
  if (q.type === 'text' || q.type === 'number' || q.type === 'date') {
    return (
      <div class={error ? 'field has-error' : 'field'}>
        <label class="question-label" for={fieldId(q)}>
          {label}
        </label>
        {hint}
        {errorText}
        <SingleInput {...(props as FieldProps<typeof q>)} />
      </div>
    );
  }
  return (
    <fieldset
      class={error ? 'field has-error' : 'field'}
      id={fieldId(q)}
      tabIndex={-1}
      aria-describedby={error ? `${fieldId(q)}-error` : undefined}
    >
      <legend>{label}</legend>
      {hint}
      {errorText}
      <GroupInput {...props} />
    </fieldset>
  );
}

function SingleInput(props: FieldProps<QuestionOf<'text' | 'number' | 'date'>>) {
  const { question: q, value, error, onChange } = props;
  const common = {
    id: fieldId(q),
    name: fieldId(q),
    autocomplete: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${fieldId(q)}-error` : undefined,
  } as const;
  if (q.type === 'text') return <TextInput {...props} question={q} common={common} />;
  const current = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  const onInput = (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const raw = e.currentTarget.value;
    if (q.type === 'date') return onChange(raw === '' ? undefined : raw);
    // Keep what was typed if it is not a number, so validation can say so.
    onChange(raw.trim() === '' ? undefined : Number.isNaN(Number(raw)) ? raw : Number(raw));
  };
  return q.type === 'date' ? (
    <input {...common} type="date" min={q.min} max={q.max} value={current} onInput={onInput} />
  ) : (
    <input {...common} type="text" inputMode="numeric" value={current} onInput={onInput} />
  );
}

function GroupInput(props: FieldProps) {
  const { question: q, locale } = props;
  const m = messages();
  const pnts = 'preferNotToSay' in q && q.preferNotToSay === true;
  const extra = pnts ? [{ value: PREFER_NOT_TO_SAY, label: m.preferNotToSay }] : [];
  switch (q.type) {
    case 'choice':
      return (
        <ChoiceInputs
          {...props}
          multiple={q.multiple === true}
          options={q.options.map((o) => ({ value: o.value, label: text(o.label, locale) }))}
          extra={extra}
        />
      );
    case 'scale': {
      const points = Array.from({ length: q.points }, (_, i) => i + 1);
      const labelFor = (p: number) => {
        const own = q.pointLabels?.[p - 1];
        if (own) return text(own, locale);
        if (p === 1) return `1 – ${text(q.labels.low, locale)}`;
        if (p === q.points) return `${p} – ${text(q.labels.high, locale)}`;
        return String(p);
      };
      return (
        <ChoiceInputs
          {...props}
          multiple={false}
          options={points.map((p) => ({ value: p, label: labelFor(p) }))}
          extra={extra}
        />
      );
    }
    case 'yesno':
      return (
        <ChoiceInputs
          {...props}
          multiple={false}
          options={[
            { value: 'yes', label: m.yes },
            { value: 'no', label: m.no },
          ]}
          extra={extra}
        />
      );
    case 'consent':
      return (
        <ChoiceInputs
          {...props}
          multiple
          options={[{ value: true, label: m.agree }]}
          extra={[]}
          single
        />
      );
    case 'tally':
      return <TallyInputs {...props} question={q} />;
    default:
      return null;
  }
}
