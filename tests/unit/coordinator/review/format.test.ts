import { describe, expect, it } from 'vitest';
import { eventIndex } from '../../../../src/coordinator/analysis/events';
import {
  anySuppressed,
  cellText,
  dayLabel,
  describeFilters,
  eventLabel,
  fileName,
  largestShown,
  localeLabel,
  monthLabel,
  shareText,
  weekLabel,
  wrapLabel,
} from '../../../../src/coordinator/review/format';
import type { Cell } from '../../../../src/coordinator/analysis/types';
import { event } from '../analysis/helpers';

const count = (value: number): Cell => ({ kind: 'count', value });
const hidden: Cell = { kind: 'suppressed', k: 10 };

describe('review formatting', () => {
  it('writes days, months and weeks as people read them', () => {
    expect(dayLabel('2025-02-03')).toBe('3 Feb 2025');
    expect(dayLabel('not a day')).toBe('not a day');
    expect(monthLabel('2025-12')).toBe('Dec 2025');
    expect(monthLabel('2025-13')).toBe('2025-13');
    expect(weekLabel('2025-02-03')).toBe('w/c 3 Feb 2025');
  });

  it('shows hidden counts as "fewer than k" and never a share that involves one', () => {
    expect(cellText(count(12))).toBe('12');
    expect(cellText(hidden)).toBe('fewer than 10');
    expect(shareText(count(3), count(12))).toBe('25%');
    expect(shareText(hidden, count(12))).toBe('');
    expect(shareText(count(12), hidden)).toBe('');
    expect(shareText(count(0), count(0))).toBe('');
  });

  it('scales to the largest shown count and notices hidden ones', () => {
    expect(largestShown([count(3), hidden, count(9)])).toBe(9);
    expect(largestShown([hidden])).toBe(0);
    expect(anySuppressed([count(1), hidden])).toBe(true);
    expect(anySuppressed([count(1)])).toBe(false);
  });

  it('names languages in English with their own name alongside', () => {
    expect(localeLabel('en')).toBe('English');
    expect(localeLabel('pl')).toBe('Polish (Polski)');
    expect(localeLabel('ar')).toBe('Arabic (العربية)');
  });

  it('describes the filters in one line', () => {
    const events = eventIndex([event('fair', 'North ward', { name: 'Spring fair' })], []);
    expect(describeFilters({}, events)).toBe('All responses');
    expect(
      describeFilters(
        {
          from: '2025-01-01',
          to: '2025-03-31',
          eventId: 'fair',
          area: 'North ward',
          formVersion: 2,
          locale: 'ro',
        },
        events,
      ),
    ).toBe(
      '1 Jan 2025 to 31 Mar 2025; event: Spring fair, 3 Mar 2025; area: North ward; version 2; language: Romanian (Română)',
    );
    expect(describeFilters({ to: '2025-03-31' }, events)).toBe('up to 31 Mar 2025');
    expect(eventLabel(events, 'gone')).toBe('Unknown event (gone)');
  });

  it('wraps chart labels at spaces, cutting what does not fit', () => {
    expect(wrapLabel('I was treated with respect', 12)).toEqual(['I was', 'treated…']);
    expect(wrapLabel('Short', 12)).toEqual(['Short']);
    expect(wrapLabel('Supercalifragilistic word', 10)).toEqual(['Supercali…', 'word']);
    expect(wrapLabel('one two three four five six', 9, 3)).toEqual(['one two', 'three', 'four…']);
  });

  it('makes safe file names', () => {
    expect(fileName('aggregate-All forms!', '2025-02-03')).toBe(
      'hearth-aggregate-all-forms-2025-02-03.csv',
    );
    expect(fileName('../../etc', '2025-02-03')).toBe('hearth-etc-2025-02-03.csv');
    expect(fileName('***', '2025-02-03')).toBe('hearth-export-2025-02-03.csv');
  });
});
