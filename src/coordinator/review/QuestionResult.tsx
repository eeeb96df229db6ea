import { fewerThan } from '../analysis/disclosure';
import type { QuestionSummary } from '../analysis/summary-types';
import { BarChart } from './charts/BarChart';
import { DivergingBar } from './charts/DivergingBar';
import { toneOf } from './charts/fills';
import { DistributionTable, type TableRow } from './DistributionTable';
import { anySuppressed, cellText, monthLabel, percent } from './format';

// One question's result: a chart that fits its type (diverging bar for agree scales, bars for
// everything else, sums for tallies) and the table that is its accessible version. Only
// disclosure-controlled cells arrive here; a question with too few answers says so and shows
// nothing else.

interface Props {
  q: QuestionSummary;
  k: number;
  /** Heading level inside the page (the report nests one deeper). */
  level?: 2 | 3 | 4 | 5;
  /** Link to the written answers, for text questions. */
  freeTextHref?: string;
  onFreeText?: (e: MouseEvent) => void;
}

function tableRows(q: QuestionSummary): TableRow[] {
  return q.rows.map((r) => ({
    key: r.key,
    label: q.type === 'date' ? monthLabel(r.label) : r.label,
    count: r.count,
    ...(r.side ? { tone: toneOf(r.side, strengthOf(q, r.key)) } : {}),
  }));
}

/** How far a scale point is from the middle (1 at the ends), for its tone. */
function strengthOf(q: QuestionSummary, key: string): number {
  const points = q.scale?.points ?? 1;
  const middle = (points + 1) / 2;
  const p = Number(key);
  return middle === 1 ? 1 : Math.abs(p - middle) / (middle - 1);
}

export function QuestionResult({ q, k, level = 3, freeTextHref, onFreeText }: Props) {
  const Heading = `h${level}` as 'h3';
  const headingId = `q-${q.questionId}`;
  const rows = tableRows(q);
  const unit = q.type === 'tally' ? 'attendance sheets with counts' : 'people answered';
  return (
    <section class="question-result" aria-labelledby={headingId}>
      <Heading id={headingId}>{q.label}</Heading>
      <p class="question-meta">
        {cellText(q.answered)} {unit}
      </p>
      {q.type === 'text' ? (
        <TextNote q={q} href={freeTextHref} onClick={onFreeText} />
      ) : !q.shown ? (
        <p class="notice">
          {q.answered.kind === 'count' && q.answered.value === 0
            ? 'No one answered this question in these responses.'
            : `${capitalise(fewerThan(k))} people answered this question, so its answers are not shown.`}
        </p>
      ) : (
        <>
          <div class="chart-frame">
            {q.scale?.agree && q.total.kind === 'count' ? (
              <DivergingBar rows={q.rows} total={q.total.value} />
            ) : (
              <BarChart rows={rows} />
            )}
          </div>
          <Notes q={q} k={k} />
          <DistributionTable
            caption={`${q.label} (${q.type === 'tally' ? 'people counted' : 'people per answer'})`}
            rows={rows}
            {...(q.type === 'tally' || q.multiple ? {} : { shareOf: q.total })}
            {...(q.type === 'tally'
              ? { totalRow: { label: 'Total people', count: q.total } }
              : { totalRow: { label: 'Answered', count: q.answered } })}
          />
        </>
      )}
    </section>
  );
}

function Notes({ q, k }: { q: QuestionSummary; k: number }) {
  const notes: string[] = [];
  const sides = q.scale?.sides;
  if (sides) {
    const onScale = sides.negative + sides.neutral + sides.positive;
    if (onScale > 0)
      notes.push(
        `${percent(sides.positive / onScale)} agree, ${percent(sides.negative / onScale)} disagree (of those who chose a point on the scale).`,
      );
  }
  if (q.multiple)
    notes.push('People could choose more than one answer, so the counts add up to more.');
  if (q.sum) notes.push(`All answers added together: ${cellText(q.sum)}.`);
  if (anySuppressed(q.rows.map((r) => r.count)))
    notes.push(
      `Counts shown as “${fewerThan(k)}” are hidden to protect anonymity (one more count may be hidden with them, even a larger one, so that no hidden count can be worked out from the total). They are not drawn to scale.`,
    );
  if (notes.length === 0) return null;
  return (
    <ul class="chart-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

function TextNote(props: {
  q: QuestionSummary;
  href: string | undefined;
  onClick: ((e: MouseEvent) => void) | undefined;
}) {
  const { q, href, onClick } = props;
  if (q.answered.kind !== 'count' || q.answered.value === 0)
    return <p>Written answers are not shown here.</p>;
  return (
    <p>
      Written answers are read under{' '}
      {href ? (
        <a href={href} onClick={onClick}>
          Free text
        </a>
      ) : (
        'Free text'
      )}
      .
    </p>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
