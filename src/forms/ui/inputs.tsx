import type { QuestionOf } from '../../../protocol/form';
import { messages } from '../../i18n';
import { text } from '../i18n';
import { fieldId, type FieldProps } from './field-props';

type Value = string | number | true;
interface Choice {
  value: Value;
  label: string;
}

interface ChoiceProps extends FieldProps {
  options: Choice[];
  extra: Choice[];
  multiple: boolean;
  /** A lone checkbox whose answer is the value itself, not a list (consent). */
  single?: boolean;
}

/** Radios or checkboxes as large, whole-row touch targets. "Prefer not to say" sits apart. */
export function ChoiceInputs({
  question,
  value,
  options,
  extra,
  multiple,
  single,
  onChange,
}: ChoiceProps) {
  const name = fieldId(question);
  const selected = (v: Value) =>
    single ? value === v : Array.isArray(value) ? value.includes(v) : value === v;
  const toggle = (v: Value, checked: boolean) => {
    if (single) return onChange(checked ? v : undefined);
    if (!multiple) return onChange(v);
    const list = (Array.isArray(value) ? value : []).filter((x) => x !== v);
    // "Prefer not to say" and real answers exclude each other.
    const isExtra = extra.some((e) => e.value === v);
    const kept = list.filter((x) => (isExtra ? false : !extra.some((e) => e.value === x)));
    onChange(checked ? [...kept, v] : list);
  };
  const row = (c: Choice, i: number, separated: boolean) => (
    <label class={separated ? 'option separated' : 'option'} key={String(c.value)}>
      <input
        type={multiple ? 'checkbox' : 'radio'}
        name={name}
        id={i === 0 && !separated ? `${name}-first` : undefined}
        checked={selected(c.value)}
        autocomplete="off"
        onChange={(e) => toggle(c.value, e.currentTarget.checked)}
      />
      <span>{c.label}</span>
    </label>
  );
  return (
    <div class="options">
      {options.map((c, i) => row(c, i, false))}
      {extra.map((c, i) => row(c, i, true))}
    </div>
  );
}

interface TextProps extends FieldProps<QuestionOf<'text'>> {
  common: Record<string, unknown>;
}

/** Free text, with its warning (e.g. no names) and a count of characters left. */
export function TextInput({ question: q, value, locale, onChange, common }: TextProps) {
  const m = messages();
  const current = typeof value === 'string' ? value : '';
  const left = q.maxLength - current.length;
  const onInput = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value);
  const counterId = `${fieldId(q)}-count`;
  const describedBy = [common['aria-describedby'], counterId].filter(Boolean).join(' ');
  return (
    <>
      {q.warning ? <p class="notice warning">{text(q.warning, locale)}</p> : null}
      {q.multiline === false ? (
        <input
          {...common}
          type="text"
          value={current}
          aria-describedby={describedBy}
          onInput={onInput}
        />
      ) : (
        <textarea
          {...common}
          rows={5}
          value={current}
          aria-describedby={describedBy}
          onInput={onInput}
        />
      )}
      <p class="counter" id={counterId}>
        {left >= 0 ? m.charactersLeft(left) : m.charactersOver(-left)}
      </p>
    </>
  );
}

/** Counts by band with big − / + buttons; never below zero. */
export function TallyInputs({
  question: q,
  value,
  locale,
  onChange,
}: FieldProps<QuestionOf<'tally'>>) {
  const m = messages();
  const counts = (
    typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}
  ) as Record<string, number>;
  const change = (band: string, by: number) =>
    onChange({ ...counts, [band]: Math.max(0, (counts[band] ?? 0) + by) });
  return (
    <div class="tally">
      {q.bands.map((b) => {
        const label = text(b.label, locale);
        const n = counts[b.value] ?? 0;
        return (
          <div class="tally-row" key={b.value}>
            <span class="label">{label}</span>
            <button
              type="button"
              class="button secondary"
              aria-label={m.removeOne(label)}
              disabled={n === 0}
              onClick={() => change(b.value, -1)}
            >
              −
            </button>
            <span class="count" aria-live="polite">
              {n}
            </span>
            <button
              type="button"
              class="button secondary"
              aria-label={m.addOne(label)}
              onClick={() => change(b.value, 1)}
            >
              +
            </button>
          </div>
        );
      })}
    </div>
  );
}
