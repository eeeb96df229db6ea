import { useMemo } from 'preact/hooks';
import type { Settings } from '../../../protocol/config';
import { kFor } from '../analysis/disclosure';
import { weekOfIsoStart, weeksBetween } from '../analysis/dates';
import { applyFilters } from '../analysis/filters';
import { attendanceTotals } from '../analysis/overview';
import type { BoardReport, SurvivorHeadlines } from '../analysis/report';
import { AttendanceSection } from '../review/AttendanceSection';
import { DistributionTable } from '../review/DistributionTable';
import { cellText, percent } from '../review/format';
import { QuestionResult } from '../review/QuestionResult';
import type { ReadyReview } from '../review/ReviewStatus';
import { ConfidenceSection } from './ConfidenceSection';

// The report's sections, in the order a board reads them: headline measures, survivors'
// feedback, times people told their story, practitioners' confidence, attendance, then every
// form's results as an appendix. Every number comes disclosure-controlled from boardReport.

interface Props {
  report: BoardReport;
  ready: ReadyReview;
  round: boolean;
}

export function ReportBody({ report, ready, round }: Props) {
  const { dataset, analysis } = ready;
  const weeks = useMemo(() => weeksBetween(report.from, report.to), [report.from, report.to]);
  const attendance = useMemo(() => {
    const rows = applyFilters(dataset.responses, report, analysis.events);
    return attendanceTotals(rows, analysis, weeks, { round });
  }, [dataset, analysis, report, weeks, round]);
  const survivorN = report.survivors.map((s) => s.n);
  return (
    <>
      <section aria-labelledby="rp-headlines" class="report-section">
        <h3 id="rp-headlines">Headline measures</h3>
        <dl class="headline-list">
          <Measure label="Events held" value={String(report.eventsHeld)} />
          <Measure label="People engaged at events" value={cellText(report.peopleEngaged)} />
          <Measure label="Practitioners trained" value={cellText(report.practitionersTrained)} />
          {survivorN.length > 0
            ? report.survivors.map((s) => (
                <Measure key={s.formId} label={`Responses: ${s.title}`} value={cellText(s.n)} />
              ))
            : null}
        </dl>
      </section>
      <section aria-labelledby="rp-survivors" class="report-section">
        <h3 id="rp-survivors">What survivors told us</h3>
        {report.survivors.length === 0 ? <p>No survivor feedback in this period.</p> : null}
        {report.survivors.map((s) => (
          <SurvivorResults key={s.formId} s={s} report={report} />
        ))}
      </section>
      <section aria-labelledby="rp-told" class="report-section">
        <h3 id="rp-told">How many times people had to tell their story</h3>
        {report.timesTold ? (
          <QuestionResult
            q={report.timesTold}
            k={timesToldK(report, analysis.settings)}
            level={4}
          />
        ) : (
          <p>No answers to this question in this period.</p>
        )}
      </section>
      <ConfidenceSection report={report} />
      <div class="report-section">
        <AttendanceSection
          attendance={attendance}
          weeks={weeks}
          weekStarts={weeks.map(weekOfIsoStart)}
          level={3}
        />
      </div>
      <section aria-labelledby="rp-forms" class="report-section report-appendix">
        <h3 id="rp-forms">Appendix: results by form</h3>
        {report.forms.map((f) => (
          <section key={f.formId} aria-labelledby={`rp-form-${f.formId}`}>
            <h4 id={`rp-form-${f.formId}`}>
              {f.title}: answers per question (responses: {cellText(f.n)})
            </h4>
            {!f.shown ? (
              <p>Fewer than {f.k} responses in this period, so no answers are shown.</p>
            ) : (
              <DistributionTable
                caption={`${f.title}: people who answered each question`}
                rowHeading="Question"
                countHeading="Answered"
                rows={f.questions.map((q) => ({
                  key: q.questionId,
                  label: q.label,
                  count: q.answered,
                }))}
              />
            )}
          </section>
        ))}
      </section>
    </>
  );
}

/** "Times told" is counted over every survivor form together, with the largest of their k. */
function timesToldK(report: BoardReport, settings: Settings | undefined): number {
  return Math.max(...report.survivors.map((s) => kFor(settings, s.formId)));
}

function Measure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function SurvivorResults({ s, report }: { s: SurvivorHeadlines; report: BoardReport }) {
  const summary = report.forms.find((f) => f.formId === s.formId);
  const k = summary?.k ?? 10;
  return (
    <section aria-labelledby={`rp-s-${s.formId}`} class="report-subsection">
      <h4 id={`rp-s-${s.formId}`}>
        {s.title} (responses: {cellText(s.n)})
      </h4>
      {!s.shown ? (
        <p>Fewer than {k} responses in this period, so no results are shown.</p>
      ) : (
        <>
          <table class="data-table">
            <caption>{s.title}: people who agreed with each statement</caption>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                <th scope="col" class="num">
                  Answered
                </th>
                <th scope="col" class="num">
                  Agreed or strongly agreed
                </th>
              </tr>
            </thead>
            <tbody>
              {s.statements.map((st) => (
                <tr key={st.questionId}>
                  <th scope="row">{st.label}</th>
                  <td class="num">{cellText(st.answered)}</td>
                  <td class="num">
                    {st.agreeShare !== undefined
                      ? percent(st.agreeShare)
                      : st.answered.kind === 'count' && st.answered.value === 0
                        ? 'no answers'
                        : 'not shown'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary?.questions
            .filter((q) => q.scale?.agree && q.shown)
            .map((q) => (
              <QuestionResult key={q.questionId} q={q} k={k} level={5} />
            ))}
        </>
      )}
    </section>
  );
}
