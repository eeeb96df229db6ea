import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './access.css';

// Small form pieces shared by the access screens: a labelled field with hint and error
// wired to aria-describedby, and a GOV.UK-style error summary that takes focus.

export interface Issue {
  /** id of the field the message is about (the summary's link moves focus there). */
  targetId: string;
  message: string;
}

export function ErrorSummary({ issues, id }: { issues: readonly Issue[]; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues.length > 0) ref.current?.focus();
  }, [issues]);
  if (issues.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={id}>
      <h2 id={id}>There is a problem</h2>
      <ul>
        {issues.map((issue) => (
          <li key={issue.targetId + issue.message}>
            <a
              href={`#${issue.targetId}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(issue.targetId)?.focus();
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Extra ids for aria-describedby (a rules list, say). */
  describedBy?: string;
  maxLength?: number;
  spellcheck?: boolean;
}

export function Field(props: FieldProps) {
  const { id, label, value, onInput, type = 'text', hint, error } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', props.describedBy ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`access-field${error ? ' has-error' : ''}`}>
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
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        autocomplete={props.autoComplete ?? 'off'}
        spellcheck={props.spellcheck ?? false}
        maxLength={props.maxLength ?? 1024}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** What to show for an unexpected failure: its message if it is an Error, else a sentence. */
export function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Something went wrong. Try again.';
}
