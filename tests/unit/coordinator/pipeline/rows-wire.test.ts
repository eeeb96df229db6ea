import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../../protocol/api';
import { readRows, rowsWriter } from '../../../../src/coordinator/review/pipeline/rows-wire';

const stored = (id: string, seq: number): StoredRecord =>
  ({ id, seq, receivedDay: '2025-03-30' }) as StoredRecord;

const utf8 = (text: string) => new TextEncoder().encode(text);

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

describe('rows on the wire from a decrypt worker', () => {
  it('reads back each response, event and unreadable record as the screens use them', () => {
    const rows = rowsWriter();
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
    rows.opened(stored('r-1', 3), utf8(JSON.stringify(response)));
    rows.unreadable({ id: 'r-2', seq: 4, reason: 'authentication failed' });
    rows.opened(stored('r-3', 5), utf8(`\n ${JSON.stringify(event)} \n`));
    const { eventId: _, ...withoutEvent } = response;
    rows.opened(stored('r-4', 6), utf8(JSON.stringify(withoutEvent)));

    const read = readRows(rows.toWire());
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

  it('keeps answers that look like markup, JSON or separators exactly as typed', () => {
    const answers = {
      improve: '</script><img src=x onerror="alert(1)">", "kind": "event"}]',
      other: '\u2028\u2029\\"\u0000\u001e اردو',
    };
    const plaintext = { ...response, locale: 'en', answers };
    const rows = rowsWriter();
    rows.opened(stored('id "with" \\ quotes', 1), utf8(JSON.stringify(plaintext)));
    rows.opened(stored('r-2', 2), utf8(JSON.stringify(response)));
    const read = readRows(rows.toWire());
    expect(read.responses.map((r) => r.id)).toEqual(['id "with" \\ quotes', 'r-2']);
    expect(read.responses[0]?.answers).toEqual(answers);
    expect(read.unreadable).toEqual([]);
  });

  it('refuses a plaintext holding a raw separator byte, so it cannot pass for two records', () => {
    const first = JSON.stringify({ ...response, answers: { improve: 'a' } });
    const second = JSON.stringify({ ...response, answers: { improve: 'injected' } });
    const rows = rowsWriter();
    rows.opened(stored('r-1', 1), utf8(`${first}\u001e${second}`));
    rows.opened(stored('r-2', 2), utf8(JSON.stringify(response)));
    const read = readRows(rows.toWire());
    expect(read.responses.map((r) => r.id)).toEqual(['r-2']);
    expect(read.unreadable).toEqual([
      { id: 'r-1', seq: 1, reason: expect.stringMatching(/^malformed record: a control/) },
    ]);
  });

  it('counts a plaintext that is not UTF-8, not JSON or not a response, and keeps the rest', () => {
    const good = utf8(JSON.stringify(response));
    const notUtf8 = new Uint8Array([...utf8('{"v":1,"x":"'), 0xff, 0xfe, ...utf8('"}')]);
    const rows = rowsWriter();
    rows.opened(stored('r-1', 1), good);
    rows.opened(stored('r-2', 2), notUtf8);
    rows.opened(stored('r-3', 3), utf8('{"v":1,'));
    rows.opened(stored('r-4', 4), utf8(JSON.stringify({ ...response, mode: 'telepathy' })));
    rows.opened(stored('r-5', 5), good);
    const read = readRows(rows.toWire());
    expect(read.responses.map((r) => r.id)).toEqual(['r-1', 'r-5']);
    expect(read.unreadable).toEqual([
      { id: 'r-2', seq: 2, reason: expect.stringMatching(/^malformed record: /) },
      { id: 'r-3', seq: 3, reason: expect.stringMatching(/^malformed record: /) },
      { id: 'r-4', seq: 4, reason: expect.stringMatching(/^not a valid response at mode: /) },
    ]);
  });

  it('posts one buffer of plaintexts, the one to transfer', () => {
    const rows = rowsWriter();
    rows.opened(stored('r-1', 1), utf8('{"a":1}'));
    rows.opened(stored('r-2', 2), utf8('{"b":2}'));
    const wire = rows.toWire();
    expect(new TextDecoder().decode(wire.plaintexts)).toBe('{"a":1}\u001e{"b":2}');
    expect(wire.plaintexts.byteOffset).toBe(0);
    expect(wire.plaintexts.buffer.byteLength).toBe(wire.plaintexts.length);
  });

  it('writes an empty chunk as no rows', () => {
    expect(readRows(rowsWriter().toWire())).toEqual({
      responses: [],
      deviceEvents: [],
      unreadable: [],
    });
  });
});
