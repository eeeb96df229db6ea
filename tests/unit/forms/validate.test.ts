import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/forms/engine';
import { choice, consent, date, form, info, num, scale, tally, text, yesno } from './helpers';

const codes = (errors: { questionId: string; code: string }[]) =>
  errors.map((e) => `${e.questionId}:${e.code}`);

describe('validateAnswers: required', () => {
  const f = form(
    info('intro'),
    yesno('must', { required: true }),
    text('optional'),
    consent('agree', { required: true }),
  );

  it('accepts optional questions left empty', () => {
    expect(validateAnswers(f, { must: 'no', agree: true })).toEqual([]);
  });
  it('reports required questions left empty, in form order, with a plain message', () => {
    const errors = validateAnswers(f, { must: '  ', agree: false });
    expect(codes(errors)).toEqual(['must:required', 'agree:required']);
    expect(errors[0]?.message.en).toBe('Please answer this question.');
    expect(errors[1]?.message.en).toMatch(/agree/);
  });
  it('counts "prefer not to say" as an answer', () => {
    const g = form(yesno('q', { required: true, preferNotToSay: true }));
    expect(validateAnswers(g, { q: 'prefer_not_to_say' })).toEqual([]);
  });
  it('never blames the person', () => {
    const all = validateAnswers(f, {}).map((e) => e.message.en);
    for (const m of all) expect(m).not.toMatch(/error|must|wrong|invalid|skip/i);
  });
});

describe('validateAnswers: values', () => {
  const cases: [string, ReturnType<typeof form>, unknown[], [unknown, string][]][] = [
    [
      'choice',
      form(choice('q', { preferNotToSay: true })),
      ['a', 'prefer_not_to_say'],
      [
        ['z', 'invalid'],
        [['a'], 'invalid'],
        [1, 'invalid'],
      ],
    ],
    [
      'multiple choice',
      form(choice('q', { multiple: true, preferNotToSay: true })),
      [['a'], ['a', 'c'], ['prefer_not_to_say']],
      [
        ['a', 'invalid'],
        [['a', 'a'], 'invalid'],
        [['a', 'z'], 'invalid'],
        [['a', 'prefer_not_to_say'], 'invalid'],
      ],
    ],
    [
      'scale',
      form(scale('q', { points: 5 })),
      [1, 5],
      [
        [0, 'invalid'],
        [6, 'invalid'],
        [2.5, 'invalid'],
        ['3', 'invalid'],
        ['prefer_not_to_say', 'invalid'],
      ],
    ],
    ['scale + pnts', form(scale('q', { preferNotToSay: true })), ['prefer_not_to_say'], []],
    [
      'text',
      form(text('q', { maxLength: 10 })),
      ['ten chars!', '  ten chars!  '],
      [
        ['eleven char', 'too_long'],
        [42, 'invalid'],
      ],
    ],
    [
      'number',
      form(num('q', { min: 1, max: 10 })),
      [1, 10],
      [
        [0, 'out_of_range'],
        [11, 'out_of_range'],
        [1.5, 'invalid'],
        ['5', 'invalid'],
      ],
    ],
    [
      'date',
      form(date('q', { min: '2024-01-01', max: '2024-12-31' })),
      ['2024-01-01', '2024-02-29'],
      [
        ['2023-12-31', 'out_of_range'],
        ['2025-01-01', 'out_of_range'],
        ['2024-02-30', 'invalid'],
        ['1/2/2024', 'invalid'],
        [20240101, 'invalid'],
      ],
    ],
    [
      'yesno',
      form(yesno('q')),
      ['yes', 'no'],
      [
        ['maybe', 'invalid'],
        ['prefer_not_to_say', 'invalid'],
        [true, 'invalid'],
      ],
    ],
    [
      'tally',
      form(tally('q')),
      [{ under_25: 3 }, { under_25: 0, over_25: 2 }],
      [
        [{ under_25: 1, nobody: 2 }, 'invalid'],
        [{ under_25: -1, over_25: 2 }, 'invalid'],
        [{ under_25: 1.5 }, 'invalid'],
        [[3], 'invalid'],
      ],
    ],
    [
      'consent',
      form(consent('q')),
      [true],
      [
        ['yes', 'invalid'],
        [1, 'invalid'],
      ],
    ],
  ];
  for (const [name, f, good, bad] of cases) {
    it(`checks ${name} answers`, () => {
      for (const v of good) expect(validateAnswers(f, { q: v }), JSON.stringify(v)).toEqual([]);
      for (const [v, code] of bad) {
        expect(codes(validateAnswers(f, { q: v })), JSON.stringify(v)).toEqual([`q:${code}`]);
      }
    });
  }

  it('fills limits into messages and gives them as params', () => {
    const [tooLong] = validateAnswers(form(text('q', { maxLength: 10 })), { q: 'x'.repeat(11) });
    expect(tooLong?.message.en).toBe('Please use 10 characters or fewer.');
    expect(tooLong?.params).toMatchObject({ max: 10, length: 11 });
    const [range] = validateAnswers(form(num('q', { min: 1, max: 10 })), { q: 0 });
    expect(range?.message.en).toBe('Please enter a number from 1 to 10.');
    const g = form(date('q', { min: '2024-01-01' }));
    expect(validateAnswers(g, { q: '2023-01-01' })[0]?.message.en).toMatch(
      /on or after 2024-01-01/,
    );
    const h = form(date('q', { max: '2024-01-01' }));
    expect(validateAnswers(h, { q: '2025-01-01' })[0]?.message.en).toMatch(/on or before/);
  });
});

describe('validateAnswers: visibility and scope', () => {
  const f = form(
    yesno('gate'),
    text('shown_if_yes', { required: true, showIf: { q: 'gate', equals: 'yes' }, maxLength: 3 }),
    num('then', { required: true, showIf: { q: 'shown_if_yes', answered: true } }),
    yesno('other', { required: true }),
  );

  it('ignores hidden questions, even with bad or missing answers', () => {
    expect(
      codes(validateAnswers(f, { gate: 'no', shown_if_yes: 'far too long', then: -5 })),
    ).toEqual(['other:required']);
  });
  it('checks questions once they are shown', () => {
    expect(codes(validateAnswers(f, { gate: 'yes', other: 'no' }))).toEqual([
      'shown_if_yes:required',
    ]);
    expect(codes(validateAnswers(f, { gate: 'yes', shown_if_yes: 'abc', other: 'no' }))).toEqual([
      'then:required',
    ]);
  });
  it('validates only the given questions (one screen)', () => {
    expect(codes(validateAnswers(f, { gate: 'yes' }, ['gate', 'shown_if_yes']))).toEqual([
      'shown_if_yes:required',
    ]);
    expect(validateAnswers(f, {}, ['gate'])).toEqual([]);
  });
});
