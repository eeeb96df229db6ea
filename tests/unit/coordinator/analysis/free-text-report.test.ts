import { describe, expect, it } from 'vitest';
import { freeText } from '../../../../src/coordinator/analysis/free-text';
import { boardReport } from '../../../../src/coordinator/analysis/report';
import { context, dataset, row, rows } from './helpers';

describe('free text', () => {
  const payload = '<img src=x onerror="alert(1)"> <script>alert(2)</script>';
  const many = dataset([
    ...rows(8, { improve: 'More evening appointments' }),
    row({ improve: payload }),
    row({ improve: '   ' }),
    row({ listened: 5 }),
    row({ improve: 'Shorter WAITING times' }),
  ]);

  it('shows nothing, not even a count, below k responses', () => {
    const few = dataset(rows(3, { improve: 'something' }));
    const result = freeText(few.responses, 'survivor-feedback', context(few));
    expect(result).toMatchObject({ shown: false, answers: [], totalAnswers: 0 });
    expect(result.n).toEqual({ kind: 'suppressed', k: 10 });
  });

  it('returns the texts exactly as written, as plain strings, blank ones left out', () => {
    const result = freeText(many.responses, 'survivor-feedback', context(many));
    expect(result.shown).toBe(true);
    expect(result.totalAnswers).toBe(10);
    expect(result.answers.map((a) => a.text)).toContain(payload);
    expect(
      result.answers.every((a) => typeof a.text === 'string' && Object.keys(a).length === 2),
    ).toBe(true);
    expect(result.questions).toEqual([
      { questionId: 'improve', label: 'What is one thing we could do better?' },
    ]);
  });

  it('searches case-insensitively', () => {
    const result = freeText(many.responses, 'survivor-feedback', context(many), {
      search: 'waiting',
    });
    expect(result.answers).toEqual([{ questionId: 'improve', text: 'Shorter WAITING times' }]);
    expect(result.totalAnswers).toBe(10);
  });
});

describe('board report', () => {
  const trained = (before: number, after: number, n: number) =>
    rows(
      n,
      { coercive_before: before, coercive_after: after },
      { formId: 'training-feedback', mode: 'assisted' },
    );
  const data = dataset([
    ...trained(2, 4, 15),
    ...trained(3, 3, 6),
    ...trained(4, 2, 5),
    ...rows(10, { safer: 5, times_told: 'once' }),
    ...rows(4, { safer: 3, times_told: 'two_three' }),
    ...rows(6, { safer: 3 }),
    ...rows(10, { safer: 4, times_told: 'once' }, { formId: 'survivor-feedback-easy-read' }),
    row({ people_engaged: 40 }, { formId: 'event-attendance', mode: 'staff', eventId: 'ev' }),
    row({ listened: 5 }, { day: '2024-01-01' }), // outside the period
  ]);
  const report = boardReport(data, context(data, { events: [] }), {
    from: '2025-01-01',
    to: '2025-12-31',
  });

  it('counts practitioners trained and how their confidence changed', () => {
    expect(report.practitionersTrained).toEqual({ kind: 'count', value: 26 });
    const coercive = report.confidence.find((c) => c.beforeId === 'coercive_before')!;
    expect(coercive.label).toBe('Recognising coercive control');
    expect(coercive.paired).toEqual({ kind: 'count', value: 26 });
    // 6 stayed the same and 5 fell: both hidden; the means are then withheld too.
    expect([coercive.rose, coercive.same, coercive.fell]).toEqual([
      { kind: 'count', value: 15 },
      { kind: 'suppressed', k: 10 },
      { kind: 'suppressed', k: 10 },
    ]);
    expect(coercive.meanBefore).toBeUndefined();
    const asking = report.confidence.find((c) => c.beforeId === 'asking_before')!;
    expect(asking.paired).toEqual({ kind: 'count', value: 0 });
  });

  it('gives survivor headlines per survivor form, and times told across them', () => {
    expect(report.survivors.map((s) => [s.formId, s.shown])).toEqual([
      ['survivor-feedback', true],
      ['survivor-feedback-easy-read', true],
    ]);
    const safer = report.survivors[0]!.statements.find((s) => s.questionId === 'safer')!;
    expect(safer.agreeShare).toBeCloseTo(0.5);
    const easySafer = report.survivors[1]!.statements.find((s) => s.questionId === 'safer')!;
    expect(easySafer.agreeShare).toBeUndefined(); // 3-point scale: 4 is not a point on it
    const told = report.timesTold!;
    // 4 answered "2 or 3 times": hidden, and so is "once" (20), or 24 − 20 would show it.
    const hidden = { kind: 'suppressed', k: 10 };
    expect(told.rows.map((r) => [r.key, r.count])).toEqual([
      ['none', { kind: 'count', value: 0 }],
      ['once', hidden],
      ['two_three', hidden],
      ['four_plus', { kind: 'count', value: 0 }],
      ['prefer_not_to_say', { kind: 'count', value: 0 }],
    ]);
  });

  it('gives mean confidence when every count is shown', () => {
    const all = dataset([...trained(2, 4, 10), ...trained(3, 3, 10)]);
    const [coercive] = boardReport(all, context(all), {
      from: '2025-01-01',
      to: '2025-12-31',
    }).confidence;
    expect(coercive).toMatchObject({ meanBefore: 2.5, meanAfter: 3.5 });
  });

  it('reports people engaged and keeps to the period', () => {
    expect(report.peopleEngaged).toEqual({ kind: 'count', value: 40 });
    expect(report.forms.find((f) => f.formId === 'survivor-feedback')?.n).toEqual({
      kind: 'count',
      value: 20,
    });
  });
});
