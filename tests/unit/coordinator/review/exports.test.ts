import { describe, expect, it } from 'vitest';
import { aggregateCsv } from '../../../../src/coordinator/analysis/csv';
import { summariseForm } from '../../../../src/coordinator/analysis/summaries';
import { defaultPeriod, periodProblem } from '../../../../src/coordinator/report/period';
import {
  ALL_FORMS,
  aggregateSummaries,
  exportDetail,
  exportFilters,
  formsWithResponses,
  rowSelection,
} from '../../../../src/coordinator/report/exports';
import { context, dataset, rows } from '../analysis/helpers';

describe('what an export holds', () => {
  const data = dataset([
    ...rows(12, { recommend: 'yes' }, { day: '2025-03-03' }),
    ...rows(3, { recommend: 'no' }, { day: '2025-04-10' }),
    ...rows(2, { people_engaged: 40 }, { formId: 'event-attendance', mode: 'staff' }),
    ...rows(1, {}, { formId: 'retired-form' }),
  ]);
  const ctx = context(data);

  it('lists forms with responses, known ones first', () => {
    expect(formsWithResponses(data, ctx)).toEqual([
      'survivor-feedback',
      'event-attendance',
      'retired-form',
    ]);
  });

  it('drops a form version filter when every form is exported', () => {
    expect(exportFilters({ formVersion: 2, from: '2025-01-01' }, ALL_FORMS)).toEqual({
      from: '2025-01-01',
    });
    expect(exportFilters({ formVersion: 2 }, 'survivor-feedback')).toEqual({ formVersion: 2 });
  });

  it('gives the aggregate CSV the same numbers as the form screen', () => {
    const filters = { to: '2025-03-31' };
    const [summary] = aggregateSummaries(data, ctx, filters, 'survivor-feedback', false);
    const screen = summariseForm(
      data.responses.filter((r) => r.day <= '2025-03-31'),
      'survivor-feedback',
      ctx,
    );
    expect(summary).toEqual(screen);
    expect(aggregateCsv([summary!])).toContain(',Responses,12\r\n');
  });

  it('summarises every form with responses, rounded when asked, suppressing small ones', () => {
    const all = aggregateSummaries(data, ctx, {}, ALL_FORMS, true);
    expect(all.map((s) => s.formId)).toEqual([
      'survivor-feedback',
      'event-attendance',
      'retired-form',
    ]);
    expect(all[0]?.n).toEqual({ kind: 'count', value: 15 });
    expect(all[1]?.n).toEqual({ kind: 'suppressed', k: 10 });
    expect(all[1]?.shown).toBe(false);
  });

  it('allows a per-row export only from k responses', () => {
    expect(rowSelection(data, ctx, {}, 'survivor-feedback')).toMatchObject({
      k: 10,
      allowed: true,
    });
    const narrow = rowSelection(data, ctx, { from: '2025-04-01' }, 'survivor-feedback');
    expect(narrow.rows).toHaveLength(3);
    expect(narrow.allowed).toBe(false);
  });

  it('keeps audit details short and flat', () => {
    expect(exportDetail({ form: 'x', rows: 3, rounded: false, filters: 'a'.repeat(300) })).toEqual({
      form: 'x',
      rows: 3,
      rounded: false,
      filters: 'a'.repeat(200),
    });
  });
});

describe('report period', () => {
  it('opens on the three months before this one and this month so far', () => {
    expect(defaultPeriod('2025-05-14')).toEqual({ from: '2025-02-01', to: '2025-05-14' });
    expect(defaultPeriod('2025-02-01')).toEqual({ from: '2024-11-01', to: '2025-02-01' });
    expect(defaultPeriod('2025-03-31')).toEqual({ from: '2024-12-01', to: '2025-03-31' });
  });

  it('says what is wrong with a period', () => {
    expect(periodProblem({ from: '2025-01-01', to: '2025-03-31' })).toBeUndefined();
    expect(periodProblem({ to: '2025-03-31' })).toBe('Enter the first day of the period.');
    expect(periodProblem({ from: '2025-01-01', to: '' })).toBe('Enter the last day of the period.');
    expect(periodProblem({ from: '2025-04-01', to: '2025-03-31' })).toBe(
      'The first day must be on or before the last day.',
    );
  });
});
