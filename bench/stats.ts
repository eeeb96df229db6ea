// Small helpers shared by the bench parts: percentiles and the results table.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile (no interpolation): the value at rank ceil(p·n). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

/** Two decimals are more than the timer's resolution (Chromium: 0.1 ms): keep JSON tidy. */
export const round = (v: number): number => Math.round(v * 100) / 100;

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted[sorted.length - 1]!),
  };
}

export const ms = (v: number): string => `${v.toFixed(2)} ms`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** One figure. `budget` and `pass` are absent for reference figures; KB values are in KB. */
export interface Row {
  what: string;
  value: number | boolean;
  unit?: 'ms' | 's' | 'KB' | '×' | 'rec/s';
  /** A bound, in `unit`: an upper one, or a lower one when `atLeast`. */
  budget?: number;
  atLeast?: boolean;
  pass?: boolean;
  note?: string;
}

function show(v: number | boolean, unit: Row['unit']): string {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (unit === 'ms') return ms(v);
  if (unit === 's') return `${v.toFixed(2)} s`;
  if (unit === 'KB') return `${v.toFixed(1)} KB`;
  if (unit === 'rec/s') return `${Math.round(v)} rec/s`;
  return unit === '×' ? `${v.toFixed(2)}×` : String(v);
}

/** Plain-text table with aligned columns, no dependencies. */
export function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.what,
    show(r.value, r.unit),
    r.budget === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${show(r.budget, r.unit)}`,
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
    r.note ?? '',
  ]);
  const head = ['figure', 'measured', 'budget', 'result', 'notes'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
