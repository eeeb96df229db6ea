import { describe, expect, it } from 'vitest';
import { eventAttendance } from '../../../../src/forms/builtin';
import {
  eventIssues,
  eventTypes,
  fromInput,
  putEvent,
  slugify,
  sortEvents,
  toInput,
  uniqueEventId,
} from '../../../../src/coordinator/manage/events';
import { PartnershipEvent } from '../../../../protocol/config';

const stall = {
  id: 'market-stall',
  name: 'Market stall',
  day: '2025-03-08',
  area: 'Town centre',
  type: 'stall',
  organisations: ['IDVA service'],
};

describe('event ids', () => {
  it('makes a slug the schema accepts from any name', () => {
    expect(slugify('Café Drop-in — St. Mary’s Hall!')).toBe('cafe-drop-in-st-mary-s-hall');
    expect(slugify('  ')).toBe('event');
    expect(slugify('وقت')).toBe('event');
    const long = slugify(`${'a'.repeat(63)} b`);
    expect(long).toBe('a'.repeat(63));
    for (const name of ['Café Drop-in', 'x'.repeat(300), '---', '2025 Stall']) {
      const id = uniqueEventId(name, []);
      expect(PartnershipEvent.shape.id.safeParse(id).success).toBe(true);
    }
  });

  it('adds a number when the id is taken', () => {
    expect(uniqueEventId('Market stall', ['market-stall'])).toBe('market-stall-2');
    expect(uniqueEventId('Market stall', ['market-stall', 'market-stall-2'])).toBe(
      'market-stall-3',
    );
    const taken = ['a'.repeat(64)];
    const id = uniqueEventId('a'.repeat(80), taken);
    expect(id).toBe(`${'a'.repeat(62)}-2`);
    expect(id.length).toBeLessThanOrEqual(64);
  });
});

describe('event form', () => {
  it('round-trips an event, organisations one per line', () => {
    const input = toInput(stall);
    expect(input.organisations).toBe('IDVA service');
    expect(fromInput({ ...input, organisations: ' Police \n\n Housing ' }, stall.id)).toEqual({
      ...stall,
      organisations: ['Police', 'Housing'],
    });
  });

  it('reports problems by field', () => {
    expect(eventIssues(stall)).toEqual([]);
    const issues = eventIssues({
      ...stall,
      name: '',
      day: '',
      organisations: ['x'.repeat(201)],
    });
    expect(issues.map((i) => i.targetId)).toEqual([
      'event-name',
      'event-day',
      'event-organisations',
    ]);
  });

  it('replaces an edited event in place and adds a new one', () => {
    const edited = { ...stall, name: 'Market stall (moved)' };
    expect(putEvent([stall], edited)).toEqual([edited]);
    const other = { ...stall, id: 'other' };
    expect(putEvent([stall], other)).toEqual([stall, other]);
  });

  it('sorts by day then name', () => {
    const a = { ...stall, id: 'a', name: 'B', day: '2025-01-02' };
    const b = { ...stall, id: 'b', name: 'A', day: '2025-01-02' };
    const c = { ...stall, id: 'c', name: 'Z', day: '2025-01-01' };
    expect(sortEvents([a, b, c]).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('offers the attendance form’s kinds of event, keeping one in use', () => {
    const types = eventTypes(eventAttendance);
    expect(types.map((t) => t.value)).toContain('stall');
    expect(types.find((t) => t.value === 'stall')?.label).toBe('Stall or stand');
    expect(eventTypes(eventAttendance, 'pride').at(-1)).toEqual({ value: 'pride', label: 'pride' });
  });
});
