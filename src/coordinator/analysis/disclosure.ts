import { DEFAULT_SUPPRESSION_K } from '../../../protocol/defaults';
import type { Settings } from '../../../protocol/config';
import type { Cell } from './types';

// Disclosure control (design §8), applied before any count reaches a screen or an export.
//
// Rules, per group of cells that is shown with its total (one question's options, one row of a
// time series, one tally's bands):
// 1. Primary: a count from 1 to k−1 is suppressed ("fewer than k"). Zero stays 0: it is a
//    true statement about nobody.
// 2. Secondary: the total minus the shown cells is the sum of the hidden ones. While exactly
//    one cell is hidden, or the hidden cells add up to fewer than k, the smallest shown
//    non-zero cell is hidden too. So there are always two or more hidden cells whose sum is at
//    least k, and none of them can be worked out from the total.
// 3. A total below k hides the whole group: fewer than k responses show no distribution.
// 4. For publication, every shown count and total is rounded to the nearest 5.
//
// Limits (said plainly in docs): rules hold within one group. Differencing across views
// (two filters that differ by a few responses, a week against its month) or across groups
// that overlap (a multiple-choice question, whose options are not a partition) can still
// narrow a hidden cell down; k, and rounding for anything published, are the defence there.

/** The smallest k the design allows, whatever a config says. */
export const MIN_K = 5;

/** k for a form: its own setting, else the partnership's, never below 5. */
export function kFor(settings: Settings | undefined, formId: string): number {
  const k =
    settings?.suppressionKByForm?.[formId] ?? settings?.suppressionK ?? DEFAULT_SUPPRESSION_K;
  return Math.max(MIN_K, k);
}

export interface DisclosureOptions {
  /** Round shown counts and totals to the nearest 5 ("for publication"). */
  round?: boolean;
}

/** Nearest multiple of 5 (halves round up: 12.5 → 15). */
export function roundTo5(n: number): number {
  return Math.round(n / 5) * 5;
}

function shown(value: number, options: DisclosureOptions): Cell {
  return { kind: 'count', value: options.round ? roundTo5(value) : value };
}

/** One count on its own (no group), e.g. a headline number of responses. */
export function protectCount(value: number, k: number, options: DisclosureOptions = {}): Cell {
  if (value > 0 && value < k) return { kind: 'suppressed', k };
  return shown(value, options);
}

export interface ProtectedGroup {
  cells: Cell[];
  total: Cell;
  /** False when the total is below k: show no distribution at all. */
  shown: boolean;
}

/**
 * Disclosure control for one group of counts whose total is also shown. `total` defaults to
 * the sum (give it when the cells overlap, as with multiple choice: respondents, not ticks).
 * `k` may be one per cell (a table of forms, each with its own k); the group uses the largest.
 */
export function protectGroup(
  values: readonly number[],
  k: number | readonly number[],
  options: DisclosureOptions & { total?: number } = {},
): ProtectedGroup {
  const kOf = (i: number) => (typeof k === 'number' ? k : (k[i] ?? MIN_K));
  const groupK = typeof k === 'number' ? k : Math.max(MIN_K, ...k);
  const total = options.total ?? values.reduce((sum, v) => sum + v, 0);
  if (total > 0 && total < groupK) {
    return {
      cells: values.map((v, i) =>
        v === 0 ? shown(0, options) : { kind: 'suppressed', k: kOf(i) },
      ),
      total: { kind: 'suppressed', k: groupK },
      shown: false,
    };
  }
  const hidden = values.map((v, i) => v > 0 && v < kOf(i));
  // Secondary suppression only protects a partition: with overlapping cells (options.total
  // given and different from the sum) the total does not reveal a hidden cell by subtraction.
  const partition = options.total === undefined || options.total === sum(values);
  if (partition) secondary(values, hidden, groupK);
  return {
    cells: values.map((v, i) =>
      hidden[i] ? { kind: 'suppressed', k: kOf(i) } : shown(v, options),
    ),
    total: shown(total, options),
    shown: true,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Hides more cells until ≥ 2 are hidden and they sum to ≥ k (or nothing is left to hide). */
function secondary(values: readonly number[], hidden: boolean[], k: number): void {
  for (;;) {
    let count = 0;
    let mass = 0;
    hidden.forEach((h, i) => {
      if (h) {
        count += 1;
        mass += values[i] ?? 0;
      }
    });
    if (count === 0 || (count >= 2 && mass >= k)) return;
    let smallest = -1;
    values.forEach((v, i) => {
      if (!hidden[i] && v > 0 && (smallest < 0 || v < (values[smallest] ?? 0))) smallest = i;
    });
    if (smallest < 0) return;
    hidden[smallest] = true;
  }
}

/** "fewer than 10". */
export function fewerThan(k: number): string {
  return `fewer than ${k}`;
}

/** A cell as text for a screen or a CSV: the number, or "fewer than k". */
export function formatCell(cell: Cell): string {
  return cell.kind === 'count' ? String(cell.value) : fewerThan(cell.k);
}

/** The number in a cell, or undefined when it is suppressed. */
export function cellValue(cell: Cell): number | undefined {
  return cell.kind === 'count' ? cell.value : undefined;
}

/** A share of a total (0–1), only when both are shown and the total is not zero. */
export function share(part: Cell, total: Cell): number | undefined {
  if (part.kind !== 'count' || total.kind !== 'count' || total.value === 0) return undefined;
  return part.value / total.value;
}
