import * as z from 'zod/mini';
import type { TallyCounts } from '../../protocol/form';

// Attendance tallies (design §4, event attendance): big +/− buttons per band with undo.
// Pure and immutable: every change returns a new state and leaves the old one untouched, so a
// screen can keep the state in a signal and persist it as an encrypted draft as it is.
// A change that does nothing (− at zero, undo with nothing to undo) returns the SAME state
// object and records nothing, so "undo" always reverts the last change that really happened.

export interface TallyChange {
  readonly q: string;
  readonly band: string;
  readonly delta: 1 | -1;
}

export interface TallyState {
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly history: readonly TallyChange[];
}

/** How many changes undo can go back; older changes are forgotten (the counts stay). */
export const HISTORY_LIMIT = 200;

export const EMPTY_TALLY: TallyState = Object.freeze({
  counts: Object.freeze({}),
  history: Object.freeze([]),
});

// Own properties only: a question or band id such as "constructor" must read as 0, not as
// something inherited from Object.prototype.
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The count for one band of one question (0 when never counted). */
export function count(state: TallyState, q: string, band: string): number {
  const bands = own(state.counts, q);
  return (bands && own(bands, band)) ?? 0;
}

function apply(state: TallyState, change: TallyChange, record: boolean): TallyState {
  const { q, band, delta } = change;
  const next = Math.max(0, count(state, q, band) + delta);
  const bands = { ...own(state.counts, q), [band]: next };
  const counts = { ...state.counts, [q]: bands };
  if (!record) return { counts, history: state.history };
  const kept = state.history.length >= HISTORY_LIMIT ? state.history.slice(1) : state.history;
  return { counts, history: [...kept, change] };
}

export function increment(state: TallyState, q: string, band: string): TallyState {
  if (count(state, q, band) >= Number.MAX_SAFE_INTEGER) return state;
  return apply(state, { q, band, delta: 1 }, true);
}

/** −1, never below zero: at zero this is a no-op that records nothing. */
export function decrement(state: TallyState, q: string, band: string): TallyState {
  if (count(state, q, band) <= 0) return state;
  return apply(state, { q, band, delta: -1 }, true);
}

/** Reverts the last recorded change; with nothing recorded, a no-op. */
export function undo(state: TallyState): TallyState {
  const last = state.history.at(-1);
  if (!last) return state;
  const reverted = apply(state, { ...last, delta: last.delta === 1 ? -1 : 1 }, false);
  return { counts: reverted.counts, history: state.history.slice(0, -1) };
}

export function canUndo(state: TallyState): boolean {
  return state.history.length > 0;
}

/** Sum over every band of question `q`. */
export function total(state: TallyState, q: string): number {
  const bands = own(state.counts, q);
  return bands ? Object.values(bands).reduce((sum, n) => sum + n, 0) : 0;
}

/**
 * The tallies as answers (protocol/form.ts: tally → `{ band: count }`, non-negative ints).
 * Zero bands are left out and a question whose bands are all zero is left out entirely, so an
 * untouched tally reads as "not answered".
 */
export function toAnswers(state: TallyState): Record<string, TallyCounts> {
  const answers: Record<string, TallyCounts> = {};
  for (const [q, bands] of Object.entries(state.counts)) {
    const nonZero = Object.entries(bands).filter(([, n]) => n > 0);
    if (nonZero.length > 0) answers[q] = Object.fromEntries(nonZero);
  }
  return answers;
}

const Count = z.int().check(z.nonnegative());
const TallyStateSchema = z.strictObject({
  counts: z.record(z.string(), z.record(z.string(), Count)),
  history: z.array(
    z.strictObject({
      q: z.string(),
      band: z.string(),
      delta: z.union([z.literal(1), z.literal(-1)]),
    }),
  ),
});

/**
 * A tally state read back from a draft, or undefined when it is not one. History beyond the
 * limit is trimmed to the most recent changes.
 */
export function parseTallyState(value: unknown): TallyState | undefined {
  const parsed = TallyStateSchema.safeParse(value);
  if (!parsed.success) return undefined;
  return { counts: parsed.data.counts, history: parsed.data.history.slice(-HISTORY_LIMIT) };
}
