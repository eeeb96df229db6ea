import { describe, expect, it } from 'vitest';
import type { Form } from '../../../../protocol/form';
import { numberBins } from '../../../../src/coordinator/analysis/questions';
import { summariseForm } from '../../../../src/coordinator/analysis/summaries';
import type { QuestionSummary } from '../../../../src/coordinator/analysis/summary-types';
import { survivorFeedback, trainingFeedback } from '../../../../src/forms/builtin';
import { context, dataset, row, rows } from './helpers';

const question = (summary: { questions: QuestionSummary[] }, id: string) =>
  summary.questions.find((q) => q.questionId === id)!;
const counts = (q: QuestionSummary) =>
  Object.fromEntries(
    q.rows.map((r) => [r.key, r.count.kind === 'count' ? r.count.value : 'hidden']),
  );

describe('a form with fewer than k responses', () => {
  it('shows no distribution for any question, only "fewer than k"', () => {
    const data = dataset(rows(3, { listened: 5, times_told: 'once', improve: 'x' }));
    const summary = summariseForm(data.responses, 'survivor-feedback', context(data));
    expect(summary.shown).toBe(false);
    expect(summary.n).toEqual({ kind: 'suppressed', k: 10 });
    expect(summary.questions.every((q) => !q.shown && q.rows.length === 0)).toBe(true);
  });

  it('uses the form’s own k from settings', () => {
    const data = dataset(rows(12, { listened: 5 }));
    const ctx = context(data, {
      settings: {
        suppressionK: 10,
        idleSeconds: 90,
        suppressionKByForm: { 'survivor-feedback': 15 },
      },
    });
    const summary = summariseForm(data.responses, 'survivor-feedback', ctx);
    expect(summary.k).toBe(15);
    expect(summary.shown).toBe(false);
  });
});

describe('choice, scale and yes/no', () => {
  const data = dataset([
    ...rows(12, { listened: 5, times_told: 'once', recommend: 'yes', disability: 'no' }),
    ...rows(11, { listened: 4, times_told: 'two_three', recommend: 'maybe', disability: 'yes' }),
    ...rows(10, { listened: 2, times_told: 'prefer_not_to_say', recommend: 'no' }),
    ...rows(2, { listened: 'prefer_not_to_say', times_told: 'none' }),
  ]);
  const summary = summariseForm(data.responses, 'survivor-feedback', context(data));

  it('counts a single choice per option, prefer not to say last, with secondary suppression', () => {
    const q = question(summary, 'times_told');
    expect(q.rows.map((r) => r.label)).toEqual([
      'None',
      'Once',
      '2 or 3 times',
      '4 or more times',
      'Prefer not to say',
    ]);
    // none = 2 is hidden; the next smallest non-zero (prefer not to say, 10) is hidden too.
    expect(counts(q)).toEqual({
      none: 'hidden',
      once: 12,
      two_three: 11,
      four_plus: 0,
      prefer_not_to_say: 'hidden',
    });
    expect(q.answered).toEqual({ kind: 'count', value: 35 });
  });

  it('gives agree scales their sides for diverging bars, only when every point is shown', () => {
    const q = question(summary, 'listened');
    expect(q.scale).toMatchObject({
      points: 5,
      agree: true,
      low: 'Strongly disagree',
      high: 'Strongly agree',
    });
    expect(q.rows.map((r) => r.side)).toEqual([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
      undefined,
    ]);
    expect(counts(q)).toEqual({
      1: 0,
      2: 'hidden',
      3: 0,
      4: 11,
      5: 12,
      prefer_not_to_say: 'hidden',
    });
    // "prefer not to say" (2) forced a second hidden cell: the smallest point (2: 10).
    expect(q.scale?.sides).toBeUndefined();
  });

  it('counts yes/no answers', () => {
    expect(counts(question(summary, 'disability'))).toEqual({
      yes: 11,
      no: 12,
      prefer_not_to_say: 0,
    });
  });

  it('lists text questions with a count only (the texts go through free text)', () => {
    const q = question(summary, 'improve');
    expect(q).toMatchObject({ type: 'text', shown: false, rows: [] });
  });

  it('skips info and consent items', () => {
    expect(summary.questions.some((q) => q.questionId === 'about_you_intro')).toBe(false);
  });
});

describe('agree scale with every point shown', () => {
  it('adds up the sides', () => {
    const data = dataset([
      ...rows(10, { safer: 1 }),
      ...rows(20, { safer: 3 }),
      ...rows(15, { safer: 5 }),
    ]);
    const q = question(summariseForm(data.responses, 'survivor-feedback', context(data)), 'safer');
    expect(q.scale?.sides).toEqual({ negative: 10, neutral: 20, positive: 15 });
  });
});

describe('multiple choice', () => {
  it('counts respondents per option; the total is respondents, not ticks', () => {
    const data = dataset([
      ...rows(12, { needs: ['children', 'stalking'] }, { formId: 'training-feedback' }),
      ...rows(3, { needs: ['economic'] }, { formId: 'training-feedback' }),
    ]);
    const q = question(summariseForm(data.responses, 'training-feedback', context(data)), 'needs');
    expect(q.multiple).toBe(true);
    expect(q.total).toEqual({ kind: 'count', value: 15 });
    const c = counts(q);
    expect([c['children'], c['stalking'], c['economic'], c['other']]).toEqual([
      12,
      12,
      'hidden',
      0,
    ]);
  });
});

describe('numbers, dates and tallies', () => {
  it('bins numbers by the question’s range and sums them', () => {
    expect(numberBins(0, 5).map((b) => b.label)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(numberBins(0, 500).map((b) => b.label)).toEqual([
      '0',
      '1',
      '2–4',
      '5–9',
      '10–19',
      '20–49',
      '50–99',
      '100–199',
      '200–499',
      '500',
    ]);
    const data = dataset([
      ...rows(10, { people_engaged: 25 }, { formId: 'event-attendance', mode: 'staff' }),
      ...rows(10, { people_engaged: 3 }, { formId: 'event-attendance', mode: 'staff' }),
    ]);
    const q = question(
      summariseForm(data.responses, 'event-attendance', context(data)),
      'people_engaged',
    );
    expect(q.sum).toEqual({ kind: 'count', value: 280 });
    expect(counts(q)['20–49']).toBe(10);
    expect(counts(q)['2–4']).toBe(10);
  });

  it('counts dates by month, and sums tally bands (people)', () => {
    const data = dataset([
      ...rows(10, { training_date: '2025-01-15' }, { formId: 'training-feedback' }),
      ...rows(10, { training_date: '2025-03-02' }, { formId: 'training-feedback' }),
      ...rows(10, { gender_bands: { woman: 3, man: 2 } }, { formId: 'event-attendance' }),
    ]);
    const ctx = context(data);
    const date = question(summariseForm(data.responses, 'training-feedback', ctx), 'training_date');
    expect(counts(date)).toEqual({ '2025-01': 10, '2025-02': 0, '2025-03': 10 });
    const tally = question(summariseForm(data.responses, 'event-attendance', ctx), 'gender_bands');
    expect(counts(tally)).toMatchObject({ woman: 30, man: 20, non_binary: 0 });
    expect(tally.total).toEqual({ kind: 'count', value: 50 });
    expect(tally.answered).toEqual({ kind: 'count', value: 10 });
  });
});

describe('form versions', () => {
  it('counts each response with its own version’s definition, labels from the newest', () => {
    const v2: Form = {
      ...survivorFeedback,
      version: 2,
      questions: survivorFeedback.questions.map((q) =>
        q.id === 'recommend' && q.type === 'choice'
          ? {
              ...q,
              options: [...q.options.slice(0, 2), { value: 'unsure', label: { en: 'Not sure' } }],
            }
          : q,
      ),
    };
    const data = dataset([
      ...rows(10, { recommend: 'no' }),
      ...rows(10, { recommend: 'unsure' }, { formVersion: 2 }),
      ...rows(10, { recommend: 'no' }, { formVersion: 2 }), // not an option in v2: ignored
    ]);
    const summary = summariseForm(
      data.responses,
      'survivor-feedback',
      context(data, { forms: [v2] }),
    );
    expect(summary.versions).toEqual([1, 2]);
    const q = question(summary, 'recommend');
    expect(q.rows.map((r) => r.label)).toEqual(['Yes', 'Maybe', 'Not sure', 'No']);
    expect(counts(q)).toEqual({ yes: 0, maybe: 0, unsure: 10, no: 10 });
  });

  it('knows the built-in training form', () => {
    expect(trainingFeedback.id).toBe('training-feedback');
    const data = dataset([row({ relevance: 4 }, { formId: 'unknown-form' })]);
    const summary = summariseForm(data.responses, 'unknown-form', context(data));
    expect(summary.title).toBe('unknown-form');
    expect(summary.questions).toEqual([]);
  });
});
