import type { Cell } from '../../analysis/types';
import { niceTicks } from './geometry';

// A time series as columns (one per week or month), with a value axis. A hidden count gets a
// dashed marker on the baseline instead of a column. Decorative for assistive technology:
// the table next to it gives every value.

export interface Column {
  key: string;
  /** Short axis label, e.g. "3 Feb". */
  label: string;
  cell: Cell;
}

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 48;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 40;

export function ColumnChart({ columns }: { columns: readonly Column[] }) {
  let max = 0;
  for (const c of columns) if (c.cell.kind === 'count') max = Math.max(max, c.cell.value);
  // Nothing to draw to scale (every period hidden or empty): say so rather than an empty frame.
  if (max === 0) {
    const hidden = columns.some((c) => c.cell.kind === 'suppressed');
    return (
      <p class="chart-notes">
        {hidden ? 'No period has enough to draw; see the table.' : 'Nothing in this period.'}
      </p>
    );
  }
  const ticks = niceTicks(max);
  const top = Math.max(ticks.at(-1) ?? 0, 1);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = columns.length > 0 ? plotW / columns.length : plotW;
  const barW = Math.max(2, Math.min(40, slot * 0.7));
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  // Label as many columns as fit without overlapping (about 56 units per label).
  const every = Math.max(1, Math.ceil(56 / slot));
  return (
    <svg
      class="chart column-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line class="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} />
          <text class="chart-tick" x={LEFT - 6} y={y(t) + 4} text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      {columns.map((c, i) => {
        const cx = LEFT + slot * i + slot / 2;
        return (
          <g key={c.key}>
            {c.cell.kind === 'count' ? (
              <rect
                class="chart-bar"
                x={cx - barW / 2}
                y={y(c.cell.value)}
                width={barW}
                height={TOP + plotH - y(c.cell.value)}
              />
            ) : (
              <rect
                class="chart-hidden"
                x={cx - barW / 2}
                y={TOP + plotH - 8}
                width={barW}
                height={8}
              />
            )}
            {i % every === 0 ? (
              <text class="chart-tick" x={cx} y={HEIGHT - BOTTOM + 18} text-anchor="middle">
                {c.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <line class="chart-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + plotH} y2={TOP + plotH} />
    </svg>
  );
}
