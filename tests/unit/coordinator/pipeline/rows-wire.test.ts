import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../../protocol/api';
import { readRows, rowsWriter } from '../../../../src/coordinator/review/pipeline/rows-wire';

const stored = (id: string, seq: number): StoredRecord =>
  ({ id, seq, receivedDay: '2025-03-30' }) as StoredRecord;

describe('rows on the wire from a decrypt worker', () => {
  it('reads back each response, event and unreadable record as the screens use them', () => {
    const rows = rowsWriter();
    const response = {
      v: 1,
      kind: 'response',
      formId: 'survivor-feedback',
      formVersion: 2,
      locale: 'pl',
      day: '2025-03-02',
      eventId: 'stall-1',
      mode: 'kiosk',
      answers: { listened: 4, services: ['police', 'idva'], improve: 'Dziękuję' },
    };
    const event = {
      v: 1,
      kind: 'event',
      day: '2025-03-01',
      event: {
        id: 'stall-1',
        name: 'Market stall',
        day: '2025-03-01',
        area: 'North',
        type: 'stall',
        organisations: [],
      },
    };
    rows.opened(stored('r-1', 3), JSON.stringify(response));
    rows.unreadable({ id: 'r-2', seq: 4, reason: 'authentication failed' });
    rows.opened(stored('r-3', 5), `\n ${JSON.stringify(event)} \n`);
    const { eventId: _, ...withoutEvent } = response;
    rows.opened(stored('r-4', 6), JSON.stringify(withoutEvent));

    const read = readRows(rows.toJson());
    expect(read.responses).toEqual([
      {
        id: 'r-1',
        seq: 3,
        receivedDay: '2025-03-30',
        formId: 'survivor-feedback',
        formVersion: 2,
        locale: 'pl',
        day: '2025-03-02',
        eventId: 'stall-1',
        mode: 'kiosk',
        answers: response.answers,
      },
      expect.objectContaining({ id: 'r-4', seq: 6, day: '2025-03-02' }),
    ]);
    expect('eventId' in read.responses[1]!).toBe(false);
    expect(read.deviceEvents).toEqual([
      { id: 'r-3', seq: 5, day: '2025-03-01', event: event.event },
    ]);
    expect(read.unreadable).toEqual([{ id: 'r-2', seq: 4, reason: 'authentication failed' }]);
  });

  it('keeps answers that look like markup or JSON exactly as typed', () => {
    const answers = {
      improve: '</script><img src=x onerror="alert(1)">", "kind": "event"}]',
      other: '\u2028\u2029\\"\u0000 اردو',
    };
    const plaintext = {
      v: 1,
      kind: 'response',
      formId: 'f',
      formVersion: 1,
      locale: 'en',
      day: '2025-03-02',
      mode: 'staff',
      answers,
    };
    const rows = rowsWriter();
    rows.opened(stored('id "with" \\ quotes', 1), JSON.stringify(plaintext));
    const [row] = readRows(rows.toJson()).responses;
    expect(row?.id).toBe('id "with" \\ quotes');
    expect(row?.answers).toEqual(answers);
  });

  it('writes an empty chunk as no rows', () => {
    expect(readRows(rowsWriter().toJson())).toEqual({
      responses: [],
      deviceEvents: [],
      unreadable: [],
    });
  });
});
