import { useEffect, useRef } from 'preact/hooks';
import type { FieldIssue } from './issues';

/**
 * GOV.UK-style error summary for the coordinator screens: takes focus when problems appear
 * and lists each as a link that moves focus to its field.
 */
export function ErrorSummary({
  issues,
  id,
  title = 'There is a problem',
}: {
  issues: readonly FieldIssue[];
  /** The heading's id (the summary is labelled by it). */
  id: string;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues.length > 0) ref.current?.focus();
  }, [issues]);
  if (issues.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.targetId}-${i}`}>
            <a
              href={`#${issue.targetId}`}
              onClick={(e) => {
                // Focus the field without changing the URL.
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
