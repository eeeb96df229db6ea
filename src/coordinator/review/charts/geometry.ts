import type { Side } from '../../analysis/summary-types';
import type { Cell } from '../../analysis/types';

// Pure layout for the SVG charts: where bars and segments go, in shares of an axis. Hidden
// cells ("fewer than k") are never drawn to scale, so they take no width here and are listed
// for the chart's note instead.

export interface Bar {
  key: string;
  label: string;
  cell: Cell;
  /** 0–1 of the plot's width; 0 for a hidden cell. */
  length: number;
}

/** Bars scaled to the largest shown value (the table gives exact numbers and shares). */
export function barLayout(rows: readonly { key: string; label: string; count: Cell }[]): Bar[] {
  let max = 0;
  for (const r of rows) if (r.count.kind === 'count') max = Math.max(max, r.count.value);
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    cell: r.count,
    length: r.count.kind === 'count' && max > 0 ? r.count.value / max : 0,
  }));
}

export interface Segment {
  key: string;
  label: string;
  cell: Cell;
  side: Side;
  /** 1 for the points at the ends of the scale, smaller towards the middle. */
  strength: number;
  /** Start and width in shares of the total, measured from the centre line (left < 0). */
  start: number;
  width: number;
}

export interface Diverging {
  segments: Segment[];
  /** Shares reaching left and right of the centre line. */
  left: number;
  right: number;
  /** The axis reaches ±extent (a multiple of 25%, at least 25%). */
  extent: number;
}

/**
 * An agree scale as one diverging bar: disagreeing points to the left of the centre line,
 * agreeing ones to the right, the neutral point split across it. Shares are of `total` (people
 * who answered the question, "prefer not to say" included), so hidden points leave a gap
 * rather than stretching the others.
 */
export function divergingLayout(
  rows: readonly { key: string; label: string; count: Cell; side?: Side }[],
  total: number,
): Diverging {
  const points = rows.filter((r) => r.side !== undefined);
  const middle = (points.length - 1) / 2;
  const shareOf = (cell: Cell) => (cell.kind === 'count' && total > 0 ? cell.value / total : 0);
  const strength = (i: number) => (middle === 0 ? 1 : Math.abs(i - middle) / middle);
  const base = points.map((r, i) => ({
    key: r.key,
    label: r.label,
    cell: r.count,
    side: r.side as Side,
    strength: strength(i),
    width: shareOf(r.count),
  }));
  const neutral = base.filter((s) => s.side === 'neutral').reduce((sum, s) => sum + s.width, 0);
  // Negative points run from the centre outwards, strongest furthest left.
  let left = -neutral / 2;
  const segments: Segment[] = [];
  for (const s of [...base].reverse()) {
    if (s.side !== 'negative') continue;
    left -= s.width;
    segments.unshift({ ...s, start: left, width: s.width });
  }
  let right = -neutral / 2;
  for (const s of base) {
    if (s.side === 'negative') continue;
    segments.push({ ...s, start: right, width: s.width });
    right += s.width;
  }
  const reach = Math.max(-left, right);
  return {
    segments,
    left: -left,
    right,
    extent: Math.min(1, Math.max(0.25, Math.ceil(reach * 4 - 1e-9) / 4)),
  };
}

/** Tick values for an axis from 0 to `max`: about `count` round steps (1, 2, 5 × 10ⁿ). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}
