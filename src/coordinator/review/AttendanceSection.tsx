import { fewerThan } from '../analysis/disclosure';
import type { AttendanceTotals } from '../analysis/overview';
import { BarChart } from './charts/BarChart';
import { ColumnChart } from './charts/ColumnChart';
import { DistributionTable } from './DistributionTable';
import { cellText, dayLabel, weekLabel } from './format';

// People engaged at events, from the attendance sheets: headline totals, then by event type,
// by area and by week, each as a chart with its table.

interface Props {
  attendance: AttendanceTotals;
  weeks: readonly string[];
  weekStarts: readonly string[];
  /** Heading level of the section (the report nests it). */
  level?: 2 | 3;
}

export function AttendanceSection({ attendance: a, weeks, weekStarts, level = 2 }: Props) {
  const H = `h${level}` as 'h2';
  const Sub = `h${level + 1}` as 'h3';
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const start = (week: string) => weekStarts[weekIndex.get(week) ?? -1] ?? '';
  return (
    <section aria-labelledby="att-heading">
      <H id="att-heading">Attendance</H>
      {a.sheets === 0 ? (
        <p>No attendance sheets in this period.</p>
      ) : (
        <>
          <dl class="headline-list">
            <div>
              <dt>People engaged</dt>
              <dd>{cellText(a.peopleEngaged)}</dd>
            </div>
            <div>
              <dt>Meaningful conversations</dt>
              <dd>{cellText(a.conversations)}</dd>
            </div>
            <div>
              <dt>Attendance sheets</dt>
              <dd>{a.sheets}</dd>
            </div>
          </dl>
          {a.peopleEngaged.kind === 'suppressed' ? (
            <p class="notice">
              Fewer than {a.k} people were counted in this period, so no breakdown is shown.
            </p>
          ) : (
            <>
              <Breakdown
                Heading={Sub}
                title="People engaged by event type"
                rowHeading="Event type"
                rows={a.byType}
                k={a.k}
              />
              <Breakdown
                Heading={Sub}
                title="People engaged by area"
                rowHeading="Area"
                rows={a.byArea}
                k={a.k}
              />
              {a.byWeek.length > 0 ? (
                <>
                  <Sub>People engaged over time</Sub>
                  <div class="chart-frame">
                    <ColumnChart
                      columns={a.byWeek.map((r) => ({
                        key: r.key,
                        label: dayLabel(start(r.key)).replace(/ \d{4}$/, ''),
                        cell: r.count,
                      }))}
                    />
                  </div>
                  <DistributionTable
                    caption="People engaged per week"
                    rowHeading="Week"
                    rows={a.byWeek.map((r) => ({ ...r, label: weekLabel(start(r.key)) }))}
                  />
                </>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}

function Breakdown(props: {
  Heading: 'h3';
  title: string;
  rowHeading: string;
  rows: AttendanceTotals['byType'];
  k: number;
}) {
  const { Heading, title, rows, k } = props;
  if (rows.length === 0) return null;
  const hidden = rows.some((r) => r.count.kind === 'suppressed');
  return (
    <>
      <Heading>{title}</Heading>
      <div class="chart-frame">
        <BarChart rows={rows} />
      </div>
      {hidden ? (
        <p class="chart-notes">
          Counts shown as “{fewerThan(k)}” are hidden to protect anonymity (one more may be hidden
          with them, even a larger one, so that none can be worked out from the total). They are not
          drawn to scale.
        </p>
      ) : null}
      <DistributionTable caption={title} rowHeading={props.rowHeading} rows={rows} />
    </>
  );
}
