import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../src/coordinator/analysis/types';
import {
  barLayout,
  divergingLayout,
  niceTicks,
} from '../../../../src/coordinator/review/charts/geometry';
import { toneOf } from '../../../../src/coordinator/review/charts/fills';

const count = (value: number): Cell => ({ kind: 'count', value });
const hidden: Cell = { kind: 'suppressed', k: 10 };

describe('bar layout', () => {
  it('scales to the largest shown count and never draws a hidden one', () => {
    const bars = barLayout([
      { key: 'a', label: 'A', count: count(20) },
      { key: 'b', label: 'B', count: count(10) },
      { key: 'c', label: 'C', count: hidden },
      { key: 'd', label: 'D', count: count(0) },
    ]);
    expect(bars.map((b) => b.length)).toEqual([1, 0.5, 0, 0]);
  });
});

describe('diverging layout', () => {
  const agree = (cells: Cell[], pnts?: Cell) => [
    ...cells.map((c, i) => ({
      key: String(i + 1),
      label: `p${i + 1}`,
      count: c,
      side: (i < 2 ? 'negative' : i === 2 ? 'neutral' : 'positive') as
        'negative' | 'neutral' | 'positive',
    })),
    ...(pnts ? [{ key: 'prefer_not_to_say', label: 'Prefer not to say', count: pnts }] : []),
  ];

  it('puts disagreement left of the centre, agreement right, neutral across it', () => {
    const layout = divergingLayout(
      agree([count(10), count(10), count(20), count(30), count(30)]),
      100,
    );
    const at = Object.fromEntries(layout.segments.map((s) => [s.key, [s.start, s.width]]));
    expect(at['1']?.[0]).toBeCloseTo(-0.3);
    expect(at['1']?.[1]).toBeCloseTo(0.1);
    expect(at['2']?.[0]).toBeCloseTo(-0.2);
    expect(at['3']?.[0]).toBeCloseTo(-0.1);
    expect(at['3']?.[1]).toBeCloseTo(0.2);
    expect(at['4']?.[0]).toBeCloseTo(0.1);
    expect(at['5']?.[0]).toBeCloseTo(0.4);
    expect(layout.left).toBeCloseTo(0.3);
    expect(layout.right).toBeCloseTo(0.7);
    expect(layout.extent).toBe(0.75);
    // Order left to right: strongly disagree … strongly agree.
    expect(layout.segments.map((s) => s.key)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('leaves hidden points and "prefer not to say" out of the bar (shares stay of the total)', () => {
    const layout = divergingLayout(
      agree([hidden, count(10), count(0), count(20), hidden], count(20)),
      60,
    );
    const widths = Object.fromEntries(layout.segments.map((s) => [s.key, s.width]));
    expect(widths['1']).toBe(0);
    expect(widths['5']).toBe(0);
    expect(widths['2']).toBeCloseTo(10 / 60);
    expect(widths['4']).toBeCloseTo(20 / 60);
    expect(layout.segments.some((s) => s.key === 'prefer_not_to_say')).toBe(false);
    expect(layout.extent).toBe(0.5);
  });

  it('gives the end points full strength and the tones their side', () => {
    const layout = divergingLayout(agree([count(1), count(1), count(1), count(1), count(1)]), 5);
    expect(layout.segments.map((s) => toneOf(s.side, s.strength))).toEqual([
      'neg-strong',
      'neg',
      'neutral',
      'pos',
      'pos-strong',
    ]);
    expect(layout.extent).toBe(0.5);
  });
});

describe('ticks', () => {
  it('steps in 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(37)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(1)).toEqual([0, 0.5, 1]);
  });
});
