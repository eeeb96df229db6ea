import { describe, expect, it } from 'vitest';
import {
  isoWeek,
  monthsBetween,
  weekOfIsoStart,
  weeksBetween,
} from '../../../../src/coordinator/analysis/dates';
import { applyFilters, filterChoices } from '../../../../src/coordinator/analysis/filters';
import { overview } from '../../../../src/coordinator/analysis/overview';
import { context, dataset, deviceEvent, event, row, rows } from './helpers';

describe('dates', () => {
  it('names ISO weeks, including across a year end', () => {
    expect(isoWeek('2025-03-03')).toBe('2025-W10');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(weekOfIsoStart('2025-W01')).toBe('2024-12-30');
    expect(weeksBetween('2025-03-01', '2025-03-12')).toEqual(['2025-W09', '2025-W10', '2025-W11']);
    expect(monthsBetween('2024-11-20', '2025-02-01')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });
});

describe('filters', () => {
  const north = event('north-stall', 'North');
  const south = event('south-fair', 'South');
  const data = dataset(
    [
      row({}, { day: '2025-03-01', eventId: 'north-stall' }),
      row({}, { day: '2025-03-05', eventId: 'south-fair', locale: 'pl' }),
      row({}, { day: '2025-03-09', formVersion: 2, eventId: 'tablet-event' }),
      row({}, { day: '2025-03-10' }),
    ],
    [deviceEvent(event('tablet-event', 'North'))],
  );
  const ctx = context(data, { events: [north, south] });
  const days = (f: Parameters<typeof applyFilters>[1]) =>
    applyFilters(data.responses, f, ctx.events).map((r) => r.day);

  it('filters by inclusive day range, event, area (config and tablet events), version and locale', () => {
    expect(days({ from: '2025-03-05', to: '2025-03-09' })).toEqual(['2025-03-05', '2025-03-09']);
    expect(days({ eventId: 'south-fair' })).toEqual(['2025-03-05']);
    expect(days({ area: 'North' })).toEqual(['2025-03-01', '2025-03-09']);
    expect(days({ formVersion: 2 })).toEqual(['2025-03-09']);
    expect(days({ locale: 'pl' })).toEqual(['2025-03-05']);
    expect(days({})).toHaveLength(4);
  });

  it('offers the choices the rows contain', () => {
    expect(filterChoices(data.responses, ctx.events)).toEqual({
      eventIds: ['north-stall', 'south-fair', 'tablet-event'],
      areas: ['North', 'South'],
      formVersions: [1, 2],
      locales: ['en', 'pl'],
      firstDay: '2025-03-01',
      lastDay: '2025-03-10',
    });
  });
});

describe('overview', () => {
  const published = event('north-stall', 'North', { day: '2025-03-03', type: 'stall' });
  const unused = event('never-held', 'East', { day: '2025-03-04' });
  const tablet = event('tablet-drop-in', 'South', { day: '2025-03-12', type: 'other' });
  const sheet = (eventId: string, day: string, people: number, type?: string) =>
    row(
      { people_engaged: people, conversations: 4, ...(type ? { event_type: type } : {}) },
      { formId: 'event-attendance', mode: 'staff', eventId, day },
    );
  const data = dataset(
    [
      ...rows(12, { listened: 5 }, { day: '2025-03-03' }),
      ...rows(3, { listened: 5 }, { day: '2025-03-12' }),
      sheet('north-stall', '2025-03-03', 30, 'stall'),
      sheet('tablet-drop-in', '2025-03-12', 14, 'drop_in'),
    ],
    [deviceEvent(tablet)],
  );
  const ctx = context(data, { events: [published, unused] });
  const view = overview(data, ctx);

  it('counts responses per form per ISO week, suppressed as a row', () => {
    expect(view.weeks).toEqual(['2025-W10', '2025-W11']);
    expect(view.weekStarts).toEqual(['2025-03-03', '2025-03-10']);
    const survivors = view.forms.find((f) => f.formId === 'survivor-feedback')!;
    expect(survivors.total).toEqual({ kind: 'count', value: 15 });
    // 3 in week 11 is hidden, so 12 is hidden too (else 15 − 12 gives it away).
    expect(survivors.weeks).toEqual([
      { kind: 'suppressed', k: 10 },
      { kind: 'suppressed', k: 10 },
    ]);
  });

  it('lists events held: published ones with records and every tablet-made one', () => {
    expect(view.events).toMatchObject({ held: 2, fromConfig: 1, fromDevices: 1 });
    expect(view.events.list.map((e) => [e.id, e.sheets])).toEqual([
      ['north-stall', 1],
      ['tablet-drop-in', 1],
    ]);
  });

  it('adds up people engaged by event type, area and week', () => {
    const a = view.attendance;
    expect(a.sheets).toBe(2);
    expect(a.peopleEngaged).toEqual({ kind: 'count', value: 44 });
    expect(a.byType.map((r) => [r.label, r.count])).toEqual([
      ['Stall or stand', { kind: 'count', value: 30 }],
      ['Drop-in', { kind: 'count', value: 14 }],
    ]);
    expect(a.byArea.map((r) => r.key)).toEqual(['North', 'South']);
    expect(a.byWeek.map((r) => r.count)).toEqual([
      { kind: 'count', value: 30 },
      { kind: 'count', value: 14 },
    ]);
  });

  it('narrows to a period', () => {
    const march3 = overview(data, ctx, { from: '2025-03-01', to: '2025-03-07' });
    expect(march3.events.held).toBe(1);
    expect(march3.attendance.peopleEngaged).toEqual({ kind: 'count', value: 30 });
    // 1 and 2 March are the weekend of ISO week 9.
    expect(march3.weeks).toEqual(['2025-W09', '2025-W10']);
    expect(march3.forms.find((f) => f.formId === 'survivor-feedback')?.weeks).toEqual([
      { kind: 'count', value: 0 },
      { kind: 'count', value: 12 },
    ]);
  });
});
