import type { ComponentChildren, InputHTMLAttributes, JSX } from 'preact';
import './forms.css';

// A labelled control with an optional hint and error message, both wired to the control's
// aria-describedby, in the order label, hint, error, control.

/** What the control spreads onto itself: its id and ARIA wiring. */
export interface ControlAria {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  /** Layout class beside coord-field: access-field or manage-field. */
  class: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Extra ids for aria-describedby (a rules list, say). */
  describedBy?: string;
  children(aria: ControlAria): JSX.Element;
}

export function FieldFrame({
  id,
  label,
  hint,
  error,
  describedBy,
  children,
  ...props
}: FieldFrameProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', describedBy ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`coord-field ${props.class}${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': described || undefined,
      })}
    </div>
  );
}

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onInput' | 'aria-invalid' | 'aria-describedby'
>;

export interface TextFieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string;
  onInput(value: string): void;
  /** Further attributes of the input (type, autocomplete, class…). */
  input?: InputAttributes;
}

/** A FieldFrame whose control is a single-line input. */
export function TextField({ value, onInput, input, ...field }: TextFieldProps) {
  return (
    <FieldFrame {...field}>
      {(aria) => (
        <input {...input} {...aria} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </FieldFrame>
  );
}
