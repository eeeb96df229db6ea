import { useMemo } from 'preact/hooks';
import { filterChoices } from '../analysis/filters';
import { overview, type Overview } from '../analysis/overview';
import type { Filters } from '../analysis/types';
import { COORDINATOR_PATHS } from '../routes';
import { useWorkspace } from '../workspace';
import { AttendanceSection } from './AttendanceSection';
import { BarChart } from './charts/BarChart';
import { ColumnChart } from './charts/ColumnChart';
import { DistributionTable } from './DistributionTable';
import { FilterBar } from './FilterBar';
import { cellText, dayLabel, describeFilters, weekLabel } from './format';
import { useReview } from './review-context';
import { ReviewReady, ReviewStatus, type ReadyReview } from './ReviewStatus';

// The first review screen: responses per form and per week, events held, and attendance
// (people engaged by event type, area and week). Every number has been through disclosure
// control; the period filter is shared with the other review screens.

export function OverviewScreen() {
  return (
    <div class="review-screen">
      <h1 tabIndex={-1}>Overview</h1>
      <ReviewStatus />
      <ReviewReady>{(ready) => <OverviewBody ready={ready} />}</ReviewReady>
    </div>
  );
}

function OverviewBody({ ready }: { ready: ReadyReview }) {
  const { dataset, analysis } = ready;
  const { filters, setFilters } = useReview();
  const period: Filters = {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
  const { from, to } = filters;
  const ov = useMemo(
    () => overview(dataset, analysis, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    [dataset, analysis, from, to],
  );
  const choices = useMemo(
    () => filterChoices(dataset.responses, analysis.events),
    [dataset, analysis],
  );
  return (
    <>
      <FilterBar
        filters={period}
        onChange={(next) => {
          const rest: Filters = { ...filters };
          delete rest.from;
          delete rest.to;
          setFilters({ ...rest, ...next });
        }}
        choices={choices}
        events={analysis.events}
        fields={['dates']}
      />
      <p class="result-count">{describeFilters(period, analysis.events)}</p>
      <ResponsesSection ov={ov} />
      <EventsSection ov={ov} />
      <AttendanceSection attendance={ov.attendance} weekStarts={ov.weekStarts} weeks={ov.weeks} />
    </>
  );
}

function ResponsesSection({ ov }: { ov: Overview }) {
  const { navigate } = useWorkspace();
  if (ov.forms.length === 0) {
    return (
      <section aria-labelledby="ov-responses">
        <h2 id="ov-responses">Responses</h2>
        <p>No responses in this period yet.</p>
      </section>
    );
  }
  const rows = ov.forms.map((f) => ({ key: f.formId, label: f.title, count: f.total }));
  return (
    <section aria-labelledby="ov-responses">
      <h2 id="ov-responses">Responses by form</h2>
      <div class="chart-frame">
        <BarChart rows={rows} />
      </div>
      <table class="data-table">
        <caption>Responses by form</caption>
        <thead>
          <tr>
            <th scope="col">Form</th>
            <th scope="col" class="num">
              Responses
            </th>
          </tr>
        </thead>
        <tbody>
          {ov.forms.map((f) => {
            const href = COORDINATOR_PATHS.form + encodeURIComponent(f.formId);
            return (
              <tr key={f.formId}>
                <th scope="row">
                  <a
                    href={href}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(href);
                    }}
                  >
                    {f.title}
                  </a>
                </th>
                <td class="num">{cellText(f.total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>Responses per week</h3>
      {ov.forms.map((f) => (
        <figure class="chart-figure" key={f.formId}>
          <figcaption>{f.title}</figcaption>
          <div class="chart-frame">
            <ColumnChart
              columns={f.weeks.map((cell, i) => ({
                key: ov.weeks[i] ?? String(i),
                label: dayLabel(ov.weekStarts[i] ?? '').replace(/ \d{4}$/, ''),
                cell,
              }))}
            />
          </div>
        </figure>
      ))}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Responses per week, table">
        <table class="data-table">
          <caption>Responses per week, by form</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              {ov.forms.map((f) => (
                <th scope="col" class="num" key={f.formId}>
                  {f.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ov.weeks.map((week, i) => (
              <tr key={week}>
                <th scope="row">{weekLabel(ov.weekStarts[i] ?? '')}</th>
                {ov.forms.map((f) => {
                  const cell = f.weeks[i] ?? { kind: 'count', value: 0 };
                  return (
                    <td key={f.formId} class={cell.kind === 'count' ? 'num' : 'num hidden-value'}>
                      {cellText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function EventsSection({ ov }: { ov: Overview }) {
  const { held, fromConfig, fromDevices, list } = ov.events;
  return (
    <section aria-labelledby="ov-events">
      <h2 id="ov-events">Events held</h2>
      <p class="headline">
        <span class="headline-number">{held}</span> {held === 1 ? 'event' : 'events'} ({fromConfig}{' '}
        published, {fromDevices} created on tablets)
      </p>
      {list.length > 0 ? (
        <DistributionTable
          caption="Events held, with the attendance sheets closed for each"
          rowHeading="Event"
          countHeading="Attendance sheets"
          rows={list.map((e) => ({
            key: e.id,
            label: `${e.name} (${dayLabel(e.day)}; ${e.type}${e.area ? `; ${e.area}` : ''})`,
            count: { kind: 'count', value: e.sheets },
          }))}
        />
      ) : null}
    </section>
  );
}
