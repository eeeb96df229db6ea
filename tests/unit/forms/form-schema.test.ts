import { describe, expect, it } from 'vitest';
import { Condition, Form } from '../../../protocol/form';
import {
  choice,
  consent,
  date,
  en,
  info,
  issuesOf,
  num,
  rawForm,
  scale,
  tally,
  text,
  yesno,
} from './helpers';

describe('Condition', () => {
  const ok = (c: unknown) => expect(issuesOf(Condition.safeParse(c))).toEqual([]);
  const bad = (c: unknown, expected: RegExp) =>
    expect(issuesOf(Condition.safeParse(c)).join('\n')).toMatch(expected);

  it('accepts equals, in, answered, all, any and nesting', () => {
    ok({ q: 'a', equals: 'yes' });
    ok({ q: 'a', equals: 3 });
    ok({ q: 'a', equals: true });
    ok({ q: 'a', in: ['x', 2] });
    ok({ q: 'a', answered: false });
    ok({ all: [{ q: 'a', answered: true }] });
    ok({
      any: [
        { q: 'a', equals: 'x' },
        { q: 'b', in: [1, 2] },
      ],
    });
    ok({ all: [{ any: [{ q: 'a', equals: 'x' }, { all: [{ q: 'b', answered: true }] }] }] });
  });
  it('needs exactly one of equals, in or answered', () => {
    bad({ q: 'a' }, /a condition is { q, with one of equals, in or answered }/);
    bad({ q: 'a', equals: 'x', answered: true }, /a condition is/);
    bad({ q: 'a', equals: 'x', in: ['x'] }, /a condition is/);
  });
  it('rejects bad values, empty lists and unknown fields', () => {
    bad({ q: 'a', in: [] }, /^in: in needs a value/);
    bad({ q: 'a', in: [true] }, /in\.0/);
    bad({ q: 'a', equals: null }, /^equals: /);
    bad({ q: 'A', answered: true }, /^q: /);
    bad({ all: [] }, /^all: all and any need at least one condition/);
    bad({ any: [{ q: 'a' }] }, /any\.0: a condition is/);
    const a = { q: 'a', answered: true };
    bad({ all: [a], any: [a] }, /^: a condition is/);
    bad({ all: [a], q: 'a' }, /^: a condition is/);
    bad({ all: [a], equals: 'x' }, /^: a condition is/);
    bad({ q: 'a', answered: true, not: true }, /^: unknown field: not/);
    bad({ none: [] }, /^: unknown field: none/);
    bad('a', /.+/);
  });
});

const ok = (f: unknown) => expect(issuesOf(Form.safeParse(f))).toEqual([]);
const bad = (f: unknown, expected: string | RegExp) => {
  const issues = issuesOf(Form.safeParse(f));
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.join('\n')).toMatch(expected);
};

describe('Form', () => {
  it('accepts a complete form with every question type', () => {
    ok(
      rawForm(
        [
          info('welcome'),
          consent('agree', { required: true }),
          choice('c', { multiple: true }),
          scale('s', { preferNotToSay: true }),
          text('t'),
          num('n'),
          date('d'),
          yesno('y'),
          tally('people'),
        ],
        {
          intro: en('Hello'),
          outro: en('Thanks'),
          translations: { pl: 'draft', ar: 'reviewed' },
        },
      ),
    );
  });
  it('rejects bad top-level fields', () => {
    bad(rawForm([yesno('q')], { id: 'Form One' }), /^id: /);
    ok(rawForm([yesno('q')], { id: 'survivor-feedback_2' }));
    bad(rawForm([yesno('q')], { version: 0 }), /^version: /);
    bad(rawForm([yesno('q')], { version: 1.5 }), /^version: /);
    bad(rawForm([yesno('q')], { kind: 'survey' }), /^kind: /);
    bad(rawForm([yesno('q')], { audience: 'public' }), /^audience: /);
    bad(rawForm([yesno('q')], { anonymous: 'yes' }), /^anonymous: /);
    bad(rawForm([yesno('q')], { title: { pl: 'Tytuł' } }), /^title\.en: /);
    bad(rawForm([yesno('q')], { colour: 'blue' }), /^: unknown field: colour/);
    bad(rawForm([]), /^questions: a form needs at least 1 question/);
    bad(rawForm([yesno('q')], { translations: { fr: 'draft' } }), /^translations/);
    bad(rawForm([yesno('q')], { translations: { pl: 'final' } }), /^translations\.pl: /);
  });
  it('rejects duplicate question ids', () => {
    bad(rawForm([yesno('q'), text('q')]), /^questions\.1\.id: question id "q" is used twice/);
  });
  it('points at the failing question', () => {
    bad(rawForm([yesno('q'), num('n', { min: 2, max: 1 })]), /^questions\.1\.max: /);
  });
  it('rejects a screen key that comes back after another screen', () => {
    ok(rawForm([yesno('a', { screen: 's' }), yesno('b', { screen: 's' }), yesno('c')]));
    bad(
      rawForm([yesno('a', { screen: 's' }), yesno('b'), yesno('c', { screen: 's' })]),
      /^questions\.2\.screen: questions on screen "s" must be next to each other/,
    );
  });
});

describe('Form: showIf references', () => {
  const withCondition = (target: unknown, showIf: unknown) =>
    rawForm([target, yesno('later', { showIf })]);

  it('accepts conditions on earlier questions', () => {
    ok(withCondition(choice('c'), { q: 'c', equals: 'a' }));
    ok(withCondition(choice('c'), { any: [{ q: 'c', in: ['a', 'b'] }] }));
    ok(withCondition(text('t'), { q: 't', answered: true }));
  });
  it('rejects an unknown question', () => {
    bad(withCondition(yesno('y'), { q: 'nope', answered: true }), /unknown question "nope"/);
  });
  it('rejects a forward or self reference', () => {
    const forward = rawForm([yesno('a', { showIf: { q: 'b', equals: 'yes' } }), yesno('b')]);
    bad(forward, /^questions\.0\.showIf\.q: .*earlier question; "b" comes later/);
    const self = rawForm([yesno('a', { showIf: { q: 'a', equals: 'yes' } })]);
    bad(self, /"a" comes later/);
  });
  it('rejects a reference to an info item', () => {
    bad(withCondition(info('i'), { q: 'i', answered: true }), /info item has no answer/);
  });
  it('reports the path inside nested conditions', () => {
    const showIf = { all: [{ q: 'c', answered: true }, { any: [{ q: 'c', in: ['a', 'zz'] }] }] };
    bad(
      withCondition(choice('c'), showIf),
      /^questions\.1\.showIf\.all\.1\.any\.0\.in\.1: "zz" is not a possible answer to "c"/,
    );
  });

  const valid: [string, unknown, unknown[], unknown[]][] = [
    ['choice', choice('x'), ['a', 'c'], ['d', 1, true, 'prefer_not_to_say']],
    ['choice + pnts', choice('x', { preferNotToSay: true }), ['prefer_not_to_say'], ['z']],
    ['multiple choice', choice('x', { multiple: true }), ['b'], ['d']],
    ['scale', scale('x'), [1, 5], [0, 6, 2.5, '3', 'prefer_not_to_say']],
    ['scale + pnts', scale('x', { preferNotToSay: true }), ['prefer_not_to_say', 3], ['n/a']],
    ['yesno', yesno('x'), ['yes', 'no'], ['maybe', true, 'prefer_not_to_say']],
    ['yesno + pnts', yesno('x', { preferNotToSay: true }), ['prefer_not_to_say'], []],
    ['text', text('x'), ['hello', ''], [1, false]],
    ['number', num('x'), [0, 100], [-1, 101, 1.5, '5']],
    [
      'date',
      date('x', { min: '2024-01-01' }),
      ['2024-06-01'],
      ['2023-12-31', '01/06/2024', 20240601],
    ],
    ['tally', tally('x'), [], ['under_25', 0]],
    ['consent', consent('x'), [true], [false, 'yes']],
  ];
  for (const [name, target, good, wrong] of valid) {
    it(`checks compared values against a ${name} question`, () => {
      for (const v of good) ok(withCondition(target, { q: 'x', equals: v }));
      for (const v of wrong) {
        bad(withCondition(target, { q: 'x', equals: v }), /^questions\.1\.showIf\.equals: /);
      }
      const inList = good.filter((v) => typeof v !== 'boolean');
      if (inList.length) ok(withCondition(target, { q: 'x', in: inList }));
      const wrongIn = wrong.filter((v) => typeof v !== 'boolean');
      if (wrongIn.length) {
        bad(withCondition(target, { q: 'x', in: wrongIn }), /^questions\.1\.showIf\.in\.0: /);
      }
    });
  }
});
