import type { BoardReport } from '../analysis/report';
import { BeforeAfter } from '../review/charts/BeforeAfter';
import { cellText } from '../review/format';

// Practitioners' confidence before and after training, per topic: how many rose, stayed the
// same or fell (disclosure-controlled counts), and the average on the 1–5 scale before and
// after, drawn only where every count behind it is shown.

const mean = (value: number | undefined) => (value === undefined ? 'not shown' : value.toFixed(1));

export function ConfidenceSection({ report }: { report: BoardReport }) {
  const topics = report.confidence;
  const drawn = topics.flatMap((t) =>
    t.meanBefore !== undefined && t.meanAfter !== undefined
      ? [{ key: t.beforeId, label: t.label, before: t.meanBefore, after: t.meanAfter }]
      : [],
  );
  const anyPaired = topics.some((t) => t.paired.kind === 'suppressed' || t.paired.value > 0);
  return (
    <section aria-labelledby="rp-confidence" class="report-section">
      <h3 id="rp-confidence">Practitioners’ confidence after training</h3>
      <p>
        Practitioners trained in this period:{' '}
        <strong>{cellText(report.practitionersTrained)}</strong>.
      </p>
      {!anyPaired ? (
        <p>No training feedback with confidence before and after in this period.</p>
      ) : (
        <>
          {drawn.length > 0 ? (
            <figure class="chart-figure">
              <figcaption>
                Average confidence (1 = not at all confident, 5 = very confident)
              </figcaption>
              <div class="chart-frame">
                <BeforeAfter rows={drawn} />
              </div>
            </figure>
          ) : null}
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Confidence table">
            <table class="data-table">
              <caption>Confidence before and after training, by topic</caption>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col" class="num">
                    Answered both
                  </th>
                  <th scope="col" class="num">
                    More confident
                  </th>
                  <th scope="col" class="num">
                    The same
                  </th>
                  <th scope="col" class="num">
                    Less confident
                  </th>
                  <th scope="col" class="num">
                    Average before
                  </th>
                  <th scope="col" class="num">
                    Average after
                  </th>
                </tr>
              </thead>
              <tbody>
                {topics.map((t) => (
                  <tr key={t.beforeId}>
                    <th scope="row">{t.label}</th>
                    <td class="num">{cellText(t.paired)}</td>
                    <td class="num">{cellText(t.rose)}</td>
                    <td class="num">{cellText(t.same)}</td>
                    <td class="num">{cellText(t.fell)}</td>
                    <td class="num">{mean(t.meanBefore)}</td>
                    <td class="num">{mean(t.meanAfter)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
