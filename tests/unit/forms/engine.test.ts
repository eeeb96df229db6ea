import { describe, expect, it } from 'vitest';
import {
  cleanAnswers,
  evaluateCondition,
  isAnswered,
  isVisible,
  screens,
  visibleIds,
  visibleScreens,
} from '../../../src/forms/engine';
import { choice, consent, form, info, num, scale, tally, text, yesno } from './helpers';

describe('isAnswered', () => {
  it('counts non-empty answers only', () => {
    for (const v of ['a', 0, 3, true, ['a'], { x: 1 }, 'prefer_not_to_say']) {
      expect(isAnswered(v), JSON.stringify(v)).toBe(true);
    }
    for (const v of [undefined, null, '', '   ', [], {}, { x: 0 }, false, NaN, Infinity]) {
      expect(isAnswered(v), String(v)).toBe(false);
    }
  });
});

describe('evaluateCondition', () => {
  const answers = { c: 'a', m: ['a', 'b'], n: 0, t: '  ', y: 'yes', k: true };

  it('equals compares single answers and looks inside multiple choices', () => {
    expect(evaluateCondition({ q: 'c', equals: 'a' }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'c', equals: 'b' }, answers)).toBe(false);
    expect(evaluateCondition({ q: 'm', equals: 'b' }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'm', equals: 'c' }, answers)).toBe(false);
    expect(evaluateCondition({ q: 'n', equals: 0 }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'k', equals: true }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'missing', equals: 'a' }, answers)).toBe(false);
  });
  it('in matches any of its values', () => {
    expect(evaluateCondition({ q: 'c', in: ['x', 'a'] }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'c', in: ['x', 'y'] }, answers)).toBe(false);
    expect(evaluateCondition({ q: 'm', in: ['z', 'b'] }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'm', in: ['z'] }, answers)).toBe(false);
  });
  it('answered means a non-empty answer exists', () => {
    expect(evaluateCondition({ q: 'n', answered: true }, answers)).toBe(true);
    expect(evaluateCondition({ q: 't', answered: true }, answers)).toBe(false);
    expect(evaluateCondition({ q: 't', answered: false }, answers)).toBe(true);
    expect(evaluateCondition({ q: 'missing', answered: false }, answers)).toBe(true);
  });
  it('combines with all and any, nested', () => {
    const yes = { q: 'y', equals: 'yes' };
    const no = { q: 'y', equals: 'no' };
    expect(evaluateCondition({ all: [yes, { q: 'c', equals: 'a' }] }, answers)).toBe(true);
    expect(evaluateCondition({ all: [yes, no] }, answers)).toBe(false);
    expect(evaluateCondition({ any: [no, yes] }, answers)).toBe(true);
    expect(evaluateCondition({ any: [no] }, answers)).toBe(false);
    expect(evaluateCondition({ all: [{ any: [no, yes] }, { all: [yes] }] }, answers)).toBe(true);
  });
  it('ignores inherited properties', () => {
    expect(evaluateCondition({ q: 'constructor', answered: true }, {})).toBe(false);
  });
});

describe('visibility', () => {
  const f = form(
    yesno('a'),
    choice('b', { showIf: { q: 'a', equals: 'yes' } }),
    text('c', { showIf: { q: 'b', in: ['a', 'b'] } }),
    text('d', { showIf: { q: 'c', answered: false } }),
    num('e'),
  );
  const q = (id: string) => f.questions.find((x) => x.id === id)!;

  it('shows questions without a condition, and those whose condition holds', () => {
    const answers = { a: 'yes', b: 'a' };
    expect(isVisible(f, q('a'), answers)).toBe(true);
    expect(isVisible(f, q('b'), answers)).toBe(true);
    expect(isVisible(f, q('c'), answers)).toBe(true);
    expect(isVisible(f, q('b'), { a: 'no' })).toBe(false);
  });
  it('hides transitively: a hidden question’s answer does not count', () => {
    const answers = { a: 'no', b: 'a', c: 'kept in memory' };
    expect(isVisible(f, q('b'), answers)).toBe(false);
    expect(isVisible(f, q('c'), answers)).toBe(false);
    // c is hidden, so for d it is unanswered even though a value is held for it.
    expect(isVisible(f, q('d'), answers)).toBe(true);
    expect([...visibleIds(f, answers)]).toEqual(['a', 'd', 'e']);
  });
  it('does not let an invalid answer show a question', () => {
    expect(isVisible(f, q('b'), { a: 'definitely' })).toBe(false);
  });
});

describe('screens', () => {
  const f = form(
    info('intro', { screen: 'start' }),
    yesno('go', { screen: 'start' }),
    scale('s1', { screen: 'pair' }),
    scale('s2', { screen: 'pair' }),
    scale('alone'),
    scale('alone2'),
    yesno('x', { screen: 'end', showIf: { q: 'go', equals: 'yes' } }),
    yesno('y', { screen: 'end', showIf: { q: 'go', equals: 'yes' } }),
    yesno('z', { screen: 'last' }),
  );
  const ids = (s: { id: string }[][]) => s.map((screen) => screen.map((q) => q.id));

  it('groups runs of the same screen key; others get a screen each', () => {
    expect(ids(screens(f))).toEqual([
      ['intro', 'go'],
      ['s1', 's2'],
      ['alone'],
      ['alone2'],
      ['x', 'y'],
      ['z'],
    ]);
  });
  it('visibleScreens drops screens whose questions are all hidden', () => {
    expect(ids(visibleScreens(f, { go: 'no' }))).toEqual([
      ['intro', 'go'],
      ['s1', 's2'],
      ['alone'],
      ['alone2'],
      ['z'],
    ]);
    expect(ids(visibleScreens(f, { go: 'yes' }))).toHaveLength(6);
  });
  it('visibleScreens keeps only the visible questions of a screen', () => {
    const g = form(
      yesno('a', { screen: 's' }),
      yesno('b', { screen: 's', showIf: { q: 'a', equals: 'yes' } }),
    );
    expect(ids(visibleScreens(g, {}))).toEqual([['a']]);
    expect(ids(visibleScreens(g, { a: 'yes' }))).toEqual([['a', 'b']]);
  });
});

describe('cleanAnswers', () => {
  const f = form(
    info('intro'),
    yesno('about', { preferNotToSay: true }),
    choice('age', { showIf: { q: 'about', equals: 'yes' } }),
    choice('more', { showIf: { q: 'age', answered: true }, multiple: true }),
    text('note'),
    tally('people'),
    consent('ok'),
    num('count'),
  );

  it('drops answers to hidden questions, transitively', () => {
    const answers = { about: 'no', age: 'a', more: ['b'], note: 'hi' };
    expect(cleanAnswers(f, answers)).toEqual({ about: 'no', note: 'hi' });
    expect(cleanAnswers(f, { ...answers, about: 'yes' })).toEqual({
      about: 'yes',
      age: 'a',
      more: ['b'],
      note: 'hi',
    });
  });
  it('drops info answers, empty values, all-zero tallies and unknown ids; trims text', () => {
    const answers = {
      intro: 'x',
      note: '  spaced  ',
      people: { under_25: 0, over_25: 0 },
      more: [],
      count: 0,
      stray: 'not in the form',
    };
    expect(cleanAnswers(f, answers)).toEqual({ note: 'spaced', count: 0 });
    expect(cleanAnswers(f, { note: '   ', people: { under_25: 2 } })).toEqual({
      people: { under_25: 2 },
    });
  });
  it('drops values that are not valid for their question', () => {
    const answers = { about: 'maybe', note: 'far too long for ten', ok: false, count: 1e6 };
    expect(cleanAnswers(f, answers)).toEqual({});
    expect(cleanAnswers(f, { about: 'prefer_not_to_say', ok: true })).toEqual({
      about: 'prefer_not_to_say',
      ok: true,
    });
  });
  it('returns copies, so later edits do not change what was sealed', () => {
    const answers = { about: 'yes', age: 'a', more: ['a'] };
    const clean = cleanAnswers(f, answers);
    answers.more.push('b');
    expect(clean.more).toEqual(['a']);
  });
});
