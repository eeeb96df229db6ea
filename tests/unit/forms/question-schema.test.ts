import { describe, expect, it } from 'vitest';
import { AnswerValue, Answers, I18n, Question } from '../../../protocol/form';
import {
  choice,
  consent,
  date,
  en,
  info,
  issuesOf,
  num,
  scale,
  tally,
  text,
  yesno,
} from './helpers';

const accepts = (q: unknown) => expect(issuesOf(Question.safeParse(q))).toEqual([]);
const rejects = (q: unknown, expected: string | RegExp) => {
  const issues = issuesOf(Question.safeParse(q));
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.join('\n')).toMatch(expected);
};

describe('I18n', () => {
  it('needs English and accepts the other locales', () => {
    expect(I18n.safeParse(en('Hello')).success).toBe(true);
    expect(I18n.safeParse({ en: 'Hello', pl: 'Cześć', ar: 'مرحبا' }).success).toBe(true);
  });
  it('rejects a missing or blank English text', () => {
    expect(I18n.safeParse({ pl: 'Cześć' }).success).toBe(false);
    expect(I18n.safeParse({ en: '' }).success).toBe(false);
    expect(I18n.safeParse({ en: '   ' }).success).toBe(false);
  });
  it('rejects an unknown locale, a blank translation and non-strings', () => {
    expect(issuesOf(I18n.safeParse({ en: 'Hi', fr: 'Salut' }))).toEqual([': unknown field: fr']);
    expect(I18n.safeParse({ en: 'Hi', pl: '' }).success).toBe(false);
    expect(I18n.safeParse({ en: 7 }).success).toBe(false);
  });
});

describe('question base fields', () => {
  it('accepts hint, required, showIf and screen', () => {
    accepts(
      yesno('q1', {
        hint: en('Hint'),
        required: true,
        showIf: { q: 'q0', answered: true },
        screen: 'about-you',
      }),
    );
  });
  it('rejects a bad id, a missing or incomplete label and unknown fields', () => {
    rejects(yesno('Q1'), /^id: /);
    rejects(yesno('1q'), /^id: /);
    rejects(yesno('has-hyphen'), /^id: /);
    rejects({ id: 'q1', type: 'yesno' }, /^label: /);
    rejects(yesno('q1', { label: { pl: 'Tak' } }), /^label\.en: /);
    rejects(yesno('q1', { colour: 'red' }), /unknown field: colour/);
    rejects(yesno('q1', { required: 'yes' }), /^required: /);
  });
  it('rejects an unknown type', () => {
    rejects({ id: 'q1', type: 'slider', label: en('x') }, /unknown question type/);
  });
});

describe('choice', () => {
  it('accepts single, multiple and prefer-not-to-say', () => {
    accepts(choice('q'));
    accepts(choice('q', { multiple: true, preferNotToSay: true }));
  });
  it('needs at least 2 options with unique slug values', () => {
    rejects(choice('q', { options: [{ value: 'a', label: en('A') }] }), /needs at least 2/);
    const dup = [
      { value: 'a', label: en('A') },
      { value: 'a', label: en('A again') },
    ];
    rejects(choice('q', { options: dup }), /^options\.1\.value: option value "a" is used twice/);
    rejects(
      choice('q', { options: [{ value: 'A', label: en('A') }, ...dup] }),
      /options\.0\.value/,
    );
    rejects(choice('q', { options: [{ value: 'a' }, { value: 'b', label: en('B') }] }), /label/);
  });
  it('does not allow a "prefer_not_to_say" option as well as preferNotToSay', () => {
    const options = [
      { value: 'a', label: en('A') },
      { value: 'prefer_not_to_say', label: en('Prefer not to say') },
    ];
    accepts(choice('q', { options }));
    rejects(choice('q', { options, preferNotToSay: true }), /^options\.1\.value: /);
  });
});

describe('scale', () => {
  it('accepts 2 to 11 points, with or without a label per point', () => {
    accepts(scale('q', { points: 2 }));
    accepts(scale('q', { points: 11, preferNotToSay: true }));
    accepts(scale('q', { points: 3, pointLabels: [en('1'), en('2'), en('3')] }));
  });
  it('rejects bad points, missing end labels and the wrong number of point labels', () => {
    rejects(scale('q', { points: 1 }), /^points: points must be a whole number from 2 to 11/);
    rejects(scale('q', { points: 12 }), /^points: /);
    rejects(scale('q', { points: 4.5 }), /^points: /);
    rejects(scale('q', { labels: { low: en('Low') } }), /^labels\.high: /);
    rejects(scale('q', { points: 3, pointLabels: [en('1'), en('2')] }), /^pointLabels: needs 3/);
  });
});

describe('text', () => {
  it('accepts maxLength 1 to 5000, multiline and a warning', () => {
    accepts(text('q', { maxLength: 1 }));
    accepts(text('q', { maxLength: 5000, multiline: true, warning: en('No names') }));
  });
  it('rejects a missing or out-of-range maxLength', () => {
    rejects({ id: 'q', type: 'text', label: en('q') }, /^maxLength: /);
    rejects(text('q', { maxLength: 0 }), /^maxLength: /);
    rejects(text('q', { maxLength: 5001 }), /^maxLength: /);
    rejects(text('q', { warning: '' }), /^warning: /);
  });
});

describe('number', () => {
  it('accepts integer bounds with min ≤ max', () => {
    accepts(num('q', { min: -5, max: 5 }));
    accepts(num('q', { min: 3, max: 3 }));
  });
  it('rejects min > max and non-integer or missing bounds', () => {
    rejects(num('q', { min: 5, max: 4 }), /^max: max is less than min/);
    rejects(num('q', { min: 0.5 }), /^min: /);
    rejects({ id: 'q', type: 'number', label: en('q'), min: 0 }, /^max: /);
  });
});

describe('date', () => {
  it('accepts optional day bounds', () => {
    accepts(date('q'));
    accepts(date('q', { min: '2024-01-01', max: '2024-12-31' }));
  });
  it('rejects bounds that are not days or that are the wrong way round', () => {
    rejects(date('q', { min: '2024-1-1' }), /^min: /);
    rejects(date('q', { max: '2024-01-01T10:00' }), /^max: /);
    rejects(date('q', { min: '2024-12-31', max: '2024-01-01' }), /^max: max is before min/);
  });
});

describe('yesno', () => {
  it('accepts prefer-not-to-say and nothing type-specific else', () => {
    accepts(yesno('q', { preferNotToSay: true }));
    rejects(yesno('q', { options: [] }), /unknown field: options/);
  });
});

describe('tally', () => {
  it('accepts one or more bands with unique values', () => {
    accepts(tally('q'));
    accepts(tally('q', { bands: [{ value: 'all', label: en('Everyone') }] }));
  });
  it('rejects no bands and duplicate bands', () => {
    rejects(tally('q', { bands: [] }), /^bands: needs at least 1/);
    const bands = [
      { value: 'x', label: en('X') },
      { value: 'x', label: en('X') },
    ];
    rejects(tally('q', { bands }), /^bands\.1\.value: band value "x" is used twice/);
  });
});

describe('info', () => {
  it('accepts display text, optional or explicitly not required', () => {
    accepts(info('q', { hint: en('More') }));
    accepts(info('q', { required: false }));
  });
  it('cannot be required', () => {
    rejects(info('q', { required: true }), /^required: an info item/);
  });
});

describe('consent', () => {
  it('accepts a required statement', () => {
    accepts(consent('q', { required: true }));
  });
  it('rejects type-specific fields of other types', () => {
    rejects(consent('q', { preferNotToSay: true }), /unknown field: preferNotToSay/);
  });
});

describe('answer values', () => {
  it('accepts every answer shape', () => {
    const answers = {
      c: 'a',
      m: ['a', 'b'],
      s: 3,
      p: 'prefer_not_to_say',
      d: '2024-05-01',
      t: { under_25: 2, over_25: 0 },
      k: true,
    };
    expect(Answers.safeParse(answers).success).toBe(true);
  });
  it('rejects values no question produces', () => {
    const bads = [false, null, { a: -1 }, { a: 1.5 }, { a: '1' }, [1], undefined, NaN, Infinity];
    for (const bad of bads) {
      expect(AnswerValue.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(Answers.safeParse({ 'Bad-Id': 'x' }).success).toBe(false);
    expect(Answers.safeParse({ ['a'.repeat(65)]: 'x' }).success).toBe(false);
    expect(Answers.safeParse({ a: 'x', b: null }).success).toBe(false);
    expect(Answers.safeParse(['x']).success).toBe(false);
    expect(Answers.safeParse(new Map([['a', 'x']])).success).toBe(false);
  });
});
