import type { Cell } from '../../analysis/types';
import { cellText, wrapLabel } from '../format';
import { barLayout } from './geometry';

// Horizontal bars, one per answer, scaled to the largest shown count. The picture is
// decorative for assistive technology (aria-hidden): the table beside it is the accessible
// version. A hidden count ("fewer than 10") gets no bar, only a dashed stub and its words,
// so the picture never suggests a size it does not know.

export interface BarRow {
  key: string;
  label: string;
  count: Cell;
}

const WIDTH = 640;
const LABEL = 220;
const VALUE = 110;
const ROW = 40;
const PLOT = WIDTH - LABEL - VALUE - 16;

export function BarChart({ rows }: { rows: readonly BarRow[] }) {
  const bars = barLayout(rows);
  const height = bars.length * ROW + 8;
  return (
    <svg
      class="chart bar-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <line class="chart-axis" x1={LABEL} x2={LABEL} y1={0} y2={height} />
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const lines = wrapLabel(bar.label, 28);
        const barWidth = bar.length * PLOT;
        const textY = y + ROW / 2 - (lines.length - 1) * 8;
        return (
          <g key={bar.key}>
            <text class="chart-label" x={LABEL - 8} y={textY} text-anchor="end">
              {lines.map((line, j) => (
                <tspan key={j} x={LABEL - 8} dy={j === 0 ? 5 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
            {bar.cell.kind === 'count' ? (
              <rect class="chart-bar" x={LABEL} y={y + 8} width={barWidth} height={ROW - 16} />
            ) : (
              <rect class="chart-hidden" x={LABEL} y={y + 8} width={12} height={ROW - 16} />
            )}
            <text
              class={bar.cell.kind === 'count' ? 'chart-value' : 'chart-value hidden-value'}
              x={LABEL + (bar.cell.kind === 'count' ? barWidth : 12) + 6}
              y={y + ROW / 2 + 5}
            >
              {cellText(bar.cell)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
