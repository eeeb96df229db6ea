import { wrapLabel } from '../format';

// Confidence before and after training as a dumbbell chart: a hollow circle for "before", a
// filled one for "after" (shape, not only colour), joined by a line, on the 1–5 scale.
// Decorative for assistive technology; the table beside it has the numbers.

export interface BeforeAfterRow {
  key: string;
  label: string;
  before: number;
  after: number;
}

const WIDTH = 640;
const LABEL = 230;
const RIGHT = 24;
const ROW = 40;
const TOP = 34;

export function BeforeAfter({
  rows,
  min = 1,
  max = 5,
}: {
  rows: readonly BeforeAfterRow[];
  min?: number;
  max?: number;
}) {
  const height = TOP + rows.length * ROW + 28;
  const plot = WIDTH - LABEL - RIGHT;
  const x = (v: number) => LABEL + ((v - min) / (max - min)) * plot;
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <svg
      class="chart before-after-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx={LABEL + 6} cy={12} r={6} class="dot-before" />
      <text class="chart-label" x={LABEL + 18} y={17}>
        Before
      </text>
      <circle cx={LABEL + 96} cy={12} r={6} class="dot-after" />
      <text class="chart-label" x={LABEL + 108} y={17}>
        After
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line class="chart-grid" x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 24} />
          <text class="chart-tick" x={x(t)} y={height - 6} text-anchor="middle">
            {t}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const lines = wrapLabel(r.label, 30);
        return (
          <g key={r.key}>
            <text
              class="chart-label"
              x={LABEL - 10}
              y={y - (lines.length - 1) * 8 + 5}
              text-anchor="end"
            >
              {lines.map((line, j) => (
                <tspan key={j} x={LABEL - 10} dy={j === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
            <line class="chart-axis" x1={x(r.before)} x2={x(r.after)} y1={y} y2={y} />
            <circle cx={x(r.before)} cy={y} r={7} class="dot-before" />
            <circle cx={x(r.after)} cy={y} r={7} class="dot-after" />
          </g>
        );
      })}
    </svg>
  );
}
