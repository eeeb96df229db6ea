import { describe, expect, it } from 'vitest';
import {
  formatCell,
  kFor,
  protectCount,
  protectGroup,
  roundTo5,
  share,
} from '../../../../src/coordinator/analysis/disclosure';
import type { Cell } from '../../../../src/coordinator/analysis/types';

const c = (value: number): Cell => ({ kind: 'count', value });
const s = (k = 10): Cell => ({ kind: 'suppressed', k });

describe('k per form', () => {
  it('uses the form’s own k, else the partnership’s, else 10, and never less than 5', () => {
    expect(kFor(undefined, 'f')).toBe(10);
    expect(kFor({ suppressionK: 12, idleSeconds: 90 }, 'f')).toBe(12);
    expect(kFor({ suppressionK: 12, idleSeconds: 90, suppressionKByForm: { f: 20 } }, 'f')).toBe(
      20,
    );
    expect(kFor({ suppressionK: 12, idleSeconds: 90, suppressionKByForm: { g: 20 } }, 'f')).toBe(
      12,
    );
    expect(kFor({ suppressionK: 3, idleSeconds: 90, suppressionKByForm: { f: 2 } }, 'f')).toBe(5);
  });
});

describe('primary suppression', () => {
  it('hides 1…k−1, keeps 0 and k and above', () => {
    expect(protectCount(0, 10)).toEqual(c(0));
    expect(protectCount(1, 10)).toEqual(s());
    expect(protectCount(9, 10)).toEqual(s());
    expect(protectCount(10, 10)).toEqual(c(10));
  });

  it('formats a hidden count as "fewer than k"', () => {
    expect(formatCell(s(10))).toBe('fewer than 10');
    expect(formatCell(s(7))).toBe('fewer than 7');
    expect(formatCell(c(0))).toBe('0');
  });
});

describe('secondary suppression in a group with a shown total', () => {
  it('hides the smallest other non-zero cell when exactly one is hidden', () => {
    const g = protectGroup([3, 40, 25, 0], 10);
    expect(g.cells).toEqual([s(), c(40), s(), c(0)]);
    expect(g.total).toEqual(c(68));
  });

  it('keeps hiding until the hidden cells add up to at least k', () => {
    // 1 + 2 = 3 hidden would tell a reader both cells from the total; add 12 as well.
    const g = protectGroup([1, 2, 12, 30], 10);
    expect(g.cells).toEqual([s(), s(), s(), c(30)]);
    expect(g.total).toEqual(c(45));
  });

  it('leaves a group alone when two hidden cells already hide enough', () => {
    expect(protectGroup([6, 7, 20], 10).cells).toEqual([s(), s(), c(20)]);
  });

  it('no hidden cell can be worked out from the total and the shown cells', () => {
    for (const values of [
      [3, 40, 25],
      [1, 2, 12, 30],
      [9, 9, 9, 50],
      [1, 100],
      [5, 5, 0, 10],
    ]) {
      const g = protectGroup(values, 10);
      const hidden = g.cells.filter((cell) => cell.kind === 'suppressed').length;
      const hiddenSum = values.reduce(
        (sum, v, i) => (g.cells[i]?.kind === 'suppressed' ? sum + v : sum),
        0,
      );
      expect(hidden === 0 || (hidden >= 2 && hiddenSum >= 10)).toBe(true);
    }
  });

  it('shows no distribution at all when the group has fewer than k', () => {
    const g = protectGroup([4, 0, 3], 10);
    expect(g.shown).toBe(false);
    expect(g.total).toEqual(s());
    expect(g.cells).toEqual([s(), c(0), s()]);
  });

  it('does not cascade over overlapping cells (multiple choice: the total is respondents)', () => {
    const g = protectGroup([3, 30, 12], 10, { total: 35 });
    expect(g.cells).toEqual([s(), c(30), c(12)]);
    expect(g.total).toEqual(c(35));
  });

  it('uses each cell’s own k, and the largest for the group', () => {
    const g = protectGroup([12, 30, 0], [15, 10, 10]);
    expect(g.cells).toEqual([s(15), s(10), c(0)]);
  });
});

describe('rounding for publication', () => {
  it('rounds shown counts and totals to the nearest 5, never hidden ones', () => {
    expect(roundTo5(12)).toBe(10);
    expect(roundTo5(13)).toBe(15);
    expect(roundTo5(12.5)).toBe(15);
    const g = protectGroup([3, 42, 26], 10, { round: true });
    expect(g.cells).toEqual([s(), c(40), s()]);
    expect(g.total).toEqual(c(70));
    expect(protectCount(0, 10, { round: true })).toEqual(c(0));
  });
});

describe('share', () => {
  it('is only given when both counts are shown', () => {
    expect(share(c(5), c(20))).toBe(0.25);
    expect(share(s(), c(20))).toBeUndefined();
    expect(share(c(0), c(0))).toBeUndefined();
  });
});
