import { describe, expect, it } from 'vitest';
import { Answers } from '../../../protocol/form';
import {
  EMPTY_TALLY,
  HISTORY_LIMIT,
  canUndo,
  count,
  decrement,
  increment,
  parseTallyState,
  toAnswers,
  total,
  undo,
  type TallyState,
} from '../../../src/forms/tally';

// Attendance arithmetic (issue 4): +/− per band with undo, never negative, immutable.

const inc = (s: TallyState, band: string, q = 'age') => increment(s, q, band);
const dec = (s: TallyState, band: string, q = 'age') => decrement(s, q, band);
function times(s: TallyState, n: number, f: (s: TallyState) => TallyState): TallyState {
  for (let i = 0; i < n; i++) s = f(s);
  return s;
}

describe('tally arithmetic', () => {
  it('starts empty', () => {
    expect(EMPTY_TALLY).toEqual({ counts: {}, history: [] });
    expect(count(EMPTY_TALLY, 'age', '18_24')).toBe(0);
    expect(total(EMPTY_TALLY, 'age')).toBe(0);
    expect(canUndo(EMPTY_TALLY)).toBe(false);
    expect(toAnswers(EMPTY_TALLY)).toEqual({});
  });

  it('increments and decrements per question and band', () => {
    let s = times(EMPTY_TALLY, 3, (t) => inc(t, '18_24'));
    s = inc(s, '25_34');
    s = increment(s, 'gender', 'woman');
    s = dec(s, '18_24');
    expect(s.counts).toEqual({ age: { '18_24': 2, '25_34': 1 }, gender: { woman: 1 } });
    expect(count(s, 'age', '18_24')).toBe(2);
    expect(s.history).toEqual([
      { q: 'age', band: '18_24', delta: 1 },
      { q: 'age', band: '18_24', delta: 1 },
      { q: 'age', band: '18_24', delta: 1 },
      { q: 'age', band: '25_34', delta: 1 },
      { q: 'gender', band: 'woman', delta: 1 },
      { q: 'age', band: '18_24', delta: -1 },
    ]);
  });

  it('never goes below zero: decrement at zero is a no-op that records nothing', () => {
    expect(dec(EMPTY_TALLY, '18_24')).toBe(EMPTY_TALLY);
    const one = inc(EMPTY_TALLY, '18_24');
    const zero = dec(one, '18_24');
    expect(count(zero, 'age', '18_24')).toBe(0);
    const again = dec(zero, '18_24');
    expect(again).toBe(zero);
    expect(again.history).toHaveLength(2);
    // A band of another question at zero is unaffected by this one's count.
    expect(dec(one, '18_24', 'gender')).toBe(one);
  });

  it('undo reverts the last change, in reverse order, back to empty', () => {
    let s = inc(inc(EMPTY_TALLY, 'a'), 'b');
    s = dec(s, 'a');
    s = undo(s);
    expect(s.counts).toEqual({ age: { a: 1, b: 1 } });
    s = undo(s);
    expect(s.counts).toEqual({ age: { a: 1, b: 0 } });
    s = undo(s);
    expect(s.counts).toEqual({ age: { a: 0, b: 0 } });
    expect(s.history).toEqual([]);
    expect(canUndo(s)).toBe(false);
    expect(toAnswers(s)).toEqual({});
  });

  it('undo on empty history is a no-op', () => {
    expect(undo(EMPTY_TALLY)).toBe(EMPTY_TALLY);
    const s = undo(inc(EMPTY_TALLY, 'a'));
    expect(undo(s)).toBe(s);
  });

  it('undo after a no-op decrement undoes the previous real change', () => {
    let s = inc(inc(EMPTY_TALLY, 'a'), 'b'); // a=1, b=1
    s = dec(s, 'c'); // c is 0: nothing happens, nothing recorded
    s = undo(s); // undoes b+1, not the no-op
    expect(s.counts).toEqual({ age: { a: 1, b: 0 } });
    // Likewise after decrementing a band down to zero and trying once more.
    let t = inc(EMPTY_TALLY, 'a'); // a=1
    t = inc(t, 'b'); // b=1
    t = dec(t, 'a'); // a=0
    t = dec(t, 'a'); // no-op
    t = undo(t); // reverts a−1
    expect(t.counts).toEqual({ age: { a: 1, b: 1 } });
  });

  it('undo never makes a count negative', () => {
    let s = inc(EMPTY_TALLY, 'a');
    s = dec(s, 'a');
    s = undo(undo(s));
    expect(count(s, 'age', 'a')).toBe(0);
    // Even a state restored with an inconsistent history.
    const odd: TallyState = {
      counts: { age: { a: 0 } },
      history: [{ q: 'age', band: 'a', delta: 1 }],
    };
    expect(count(undo(odd), 'age', 'a')).toBe(0);
  });

  it('is immutable: old states are untouched', () => {
    const s0 = inc(EMPTY_TALLY, 'a');
    const snapshot = JSON.parse(JSON.stringify(s0)) as unknown;
    const s1 = inc(s0, 'a');
    const s2 = dec(s1, 'a');
    undo(s2);
    increment(s0, 'gender', 'man');
    expect(s0).toEqual(snapshot);
    expect(s1).not.toBe(s0);
    expect(s1.counts).not.toBe(s0.counts);
    expect(EMPTY_TALLY).toEqual({ counts: {}, history: [] });
  });

  it('totals a question over its bands', () => {
    let s = times(EMPTY_TALLY, 4, (t) => inc(t, 'a'));
    s = times(s, 3, (t) => inc(t, 'not_recorded'));
    s = increment(s, 'gender', 'woman');
    s = dec(s, 'a');
    expect(total(s, 'age')).toBe(6);
    expect(total(s, 'gender')).toBe(1);
    expect(total(s, 'leaflets')).toBe(0);
  });

  it('toAnswers drops all-zero tallies and zero bands, giving valid Answers', () => {
    let s = inc(inc(EMPTY_TALLY, 'a'), 'b');
    s = dec(s, 'b');
    s = increment(s, 'gender', 'woman');
    s = decrement(s, 'gender', 'woman');
    s = increment(s, 'leaflets', 'en');
    s = increment(s, 'leaflets', 'pl');
    s = increment(s, 'leaflets', 'pl');
    const answers = toAnswers(s);
    expect(answers).toEqual({ age: { a: 1 }, leaflets: { en: 1, pl: 2 } });
    expect(Answers.safeParse(answers).success).toBe(true);
  });

  it(`caps the history at ${HISTORY_LIMIT} changes, keeping the counts`, () => {
    let s = times(EMPTY_TALLY, HISTORY_LIMIT + 50, (t) => inc(t, 'a'));
    expect(count(s, 'age', 'a')).toBe(HISTORY_LIMIT + 50);
    expect(s.history).toHaveLength(HISTORY_LIMIT);
    s = times(s, HISTORY_LIMIT + 10, undo); // undo as far back as remembered
    expect(s.history).toHaveLength(0);
    expect(count(s, 'age', 'a')).toBe(50);
    // The oldest entries go first.
    let t = increment(EMPTY_TALLY, 'first', 'x');
    t = times(t, HISTORY_LIMIT, (u) => inc(u, 'a'));
    expect(t.history[0]).toEqual({ q: 'age', band: 'a', delta: 1 });
    expect(t.history.some((c) => c.q === 'first')).toBe(false);
  });

  it('reads ids like "constructor" as plain zero counts', () => {
    expect(count(EMPTY_TALLY, 'constructor', 'name')).toBe(0);
    expect(total(EMPTY_TALLY, 'toString')).toBe(0);
    expect(dec(EMPTY_TALLY, 'constructor', 'constructor')).toBe(EMPTY_TALLY);
    const s = increment(EMPTY_TALLY, '__proto__', 'x');
    expect(count(s, '__proto__', 'x')).toBe(1);
    expect(Object.getPrototypeOf(s.counts)).toBe(Object.prototype);
  });

  it('parseTallyState restores a saved state and refuses anything else', () => {
    const s = dec(inc(inc(EMPTY_TALLY, 'a'), 'b'), 'a');
    expect(parseTallyState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    for (const bad of [
      null,
      {},
      { counts: { age: { a: -1 } }, history: [] },
      { counts: { age: { a: 1.5 } }, history: [] },
      { counts: {}, history: [{ q: 'age', band: 'a', delta: 2 }] },
      { counts: {}, history: [], extra: 1 },
    ]) {
      expect(parseTallyState(bad)).toBeUndefined();
    }
    const long = {
      counts: { age: { a: 300 } },
      history: Array.from({ length: 300 }, () => ({ q: 'age', band: 'a', delta: 1 })),
    };
    expect(parseTallyState(long)?.history).toHaveLength(HISTORY_LIMIT);
  });
});
