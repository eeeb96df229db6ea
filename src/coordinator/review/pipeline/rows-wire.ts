import type { StoredRecord } from '../../../../protocol/api';
import type { SealedPlaintext } from '../../../../protocol/response';
import type { UnreadableRow } from '../../analysis/types';
import type { OpenedRows } from './messages';

// An opened chunk's rows on their way from a decrypt worker to the page: JSON text, which the
// page parses several times faster than it deserialises the same objects from a structured
// clone. Each record's plaintext, once the worker has checked it (SealedPlaintext), is spliced
// in as the text it was sealed as, so 100 000 sets of answers are never serialised again: a
// text that JSON.parse accepted is one JSON value, and may stand wherever a value may.

/** One opened record: id, seq, the day the server received it, its checked plaintext. */
type WireRecord = [id: string, seq: number, receivedDay: string, plaintext: SealedPlaintext];

interface WireRows {
  opened: WireRecord[];
  unreadable: UnreadableRow[];
}

/** Collects a chunk's rows in the worker. */
export function rowsWriter() {
  const opened: string[] = [];
  const unreadable: UnreadableRow[] = [];
  return {
    /** `text` must be the JSON text whose parse was checked as SealedPlaintext. */
    opened(record: Pick<StoredRecord, 'id' | 'seq' | 'receivedDay'>, text: string) {
      const { id, seq, receivedDay } = record;
      opened.push(`[${JSON.stringify(id)},${seq},${JSON.stringify(receivedDay)},${text}]`);
    },
    unreadable(row: UnreadableRow) {
      unreadable.push(row);
    },
    toJson(): string {
      return `{"opened":[${opened.join(',')}],"unreadable":${JSON.stringify(unreadable)}}`;
    },
  };
}

/** The page's side: the rows the worker wrote. */
export function readRows(json: string): OpenedRows {
  const wire = JSON.parse(json) as WireRows;
  const rows: OpenedRows = { responses: [], deviceEvents: [], unreadable: wire.unreadable };
  for (const [id, seq, receivedDay, p] of wire.opened) {
    if (p.kind === 'event') {
      rows.deviceEvents.push({ id, seq, day: p.day, event: p.event });
      continue;
    }
    rows.responses.push({
      id,
      seq,
      receivedDay,
      formId: p.formId,
      formVersion: p.formVersion,
      locale: p.locale,
      day: p.day,
      ...(p.eventId === undefined ? {} : { eventId: p.eventId }),
      mode: p.mode,
      answers: p.answers,
    });
  }
  return rows;
}
