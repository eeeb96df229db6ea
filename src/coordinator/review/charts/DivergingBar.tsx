import { useId } from 'preact/hooks';
import type { Side } from '../../analysis/summary-types';
import type { Cell } from '../../analysis/types';
import { percent } from '../format';
import { ToneDefs, toneFill, toneOf } from './fills';
import { divergingLayout } from './geometry';

// An agree scale as one diverging stacked bar: disagreement to the left of the centre line,
// agreement to the right, the neutral point across it. Shares are of everyone who answered
// (so "prefer not to say" and hidden points leave the bar short rather than stretching the
// rest). Decorative for assistive technology; the table below it is the accessible version
// and the key.

interface Row {
  key: string;
  label: string;
  count: Cell;
  side?: Side;
}

const WIDTH = 640;
const PAD = 24;
const BAR_Y = 28;
const BAR_H = 36;
const HEIGHT = 100;

export function DivergingBar({ rows, total }: { rows: readonly Row[]; total: number }) {
  const prefix = `dv${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const layout = divergingLayout(rows, total);
  const centre = WIDTH / 2;
  const scale = (WIDTH / 2 - PAD) / layout.extent;
  const x = (share: number) => centre + share * scale;
  const ticks = [-layout.extent, -layout.extent / 2, 0, layout.extent / 2, layout.extent];
  return (
    <svg
      class="chart diverging-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      <ToneDefs prefix={prefix} />
      <text class="chart-label" x={PAD} y={16}>
        ← Disagree
      </text>
      <text class="chart-label" x={WIDTH - PAD} y={16} text-anchor="end">
        Agree →
      </text>
      {layout.segments.map((s) =>
        s.width > 0 ? (
          <rect
            key={s.key}
            x={x(s.start)}
            y={BAR_Y}
            width={s.width * scale}
            height={BAR_H}
            fill={toneFill(toneOf(s.side, s.strength), prefix)}
            stroke="#1b1b1b"
            stroke-width="1"
          />
        ) : null,
      )}
      <line class="chart-centre" x1={centre} x2={centre} y1={BAR_Y - 6} y2={BAR_Y + BAR_H + 6} />
      {ticks.map((t) => (
        <text
          key={t}
          class="chart-tick"
          x={x(t)}
          y={BAR_Y + BAR_H + 24}
          text-anchor={t === -layout.extent ? 'start' : t === layout.extent ? 'end' : 'middle'}
        >
          {percent(Math.abs(t))}
        </text>
      ))}
    </svg>
  );
}
