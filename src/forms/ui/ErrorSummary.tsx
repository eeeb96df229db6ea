import { useEffect, useRef } from 'preact/hooks';
import { messages } from '../../i18n';

export interface SummaryItem {
  targetId: string;
  text: string;
}

/** GOV.UK-style error summary: takes focus, lists each problem as a link to its question. */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [items]);
  if (items.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{messages().errorSummaryTitle}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.targetId}>
            <a
              href={`#${item.targetId}`}
              onClick={(e) => {
                // Focus the field without touching the URL (no answers or ids in history).
                e.preventDefault();
                document.getElementById(item.targetId)?.focus();
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
