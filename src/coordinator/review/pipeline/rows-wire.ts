import type { StoredRecord } from '../../../../protocol/api';
import { SealedPlaintext } from '../../../../protocol/response';
import type { UnreadableRow } from '../../analysis/types';
import type { OpenedRows } from './messages';

// An opened chunk's rows on their way from a decrypt worker to the page. The worker only
// authenticates and unpads: the chunk's plaintexts are joined by RS (0x1E) into one buffer,
// which is transferred (not copied) beside each record's id, seq and day. The page decodes the
// buffer in one call, splits it, parses each plaintext once and checks it with the shared
// schema (SealedPlaintext), which it needs to build the rows anyway: so no record is decoded,
// parsed or checked twice, and the worker's share of the cores goes to AES-GCM.
// RS may not stand unescaped in JSON text, and no byte of a multi-byte UTF-8 sequence is
// 0x1E, so a plaintext holding that byte is not JSON: it is refused in the worker, and every
// RS in the buffer is a boundary the worker put there (no plaintext can pass for two records).

/** What a decrypt worker posts for one chunk. */
export interface RowsWire {
  /** Each opened record's plaintext (UTF-8 JSON, as sealed), in order, joined by RS. */
  plaintexts: Uint8Array<ArrayBuffer>;
  /** Per opened record, in the same order. */
  ids: string[];
  seqs: number[];
  receivedDays: string[];
  unreadable: UnreadableRow[];
}

const RS = 0x1e;
const RS_TEXT = '\u001e';
/** `fatal`: bytes that are not UTF-8 make a record unreadable, never replacement characters. */
const decoder = new TextDecoder('utf-8', { fatal: true });

type Meta = Pick<StoredRecord, 'id' | 'seq' | 'receivedDay'>;

/** Collects a chunk's rows in the worker. */
export function rowsWriter() {
  const plaintexts: Uint8Array[] = [];
  const wire: Omit<RowsWire, 'plaintexts'> = {
    ids: [],
    seqs: [],
    receivedDays: [],
    unreadable: [],
  };
  let size = 0;
  return {
    /** `bytes`: the record's authenticated, unpadded plaintext. */
    opened(meta: Meta, bytes: Uint8Array) {
      if (bytes.includes(RS)) {
        wire.unreadable.push(malformed(meta, 'a control character (U+001E) JSON does not allow'));
        return;
      }
      plaintexts.push(bytes);
      size += bytes.length;
      wire.ids.push(meta.id);
      wire.seqs.push(meta.seq);
      wire.receivedDays.push(meta.receivedDay);
    },
    unreadable(row: UnreadableRow) {
      wire.unreadable.push(row);
    },
    /** The chunk; its `plaintexts` buffer is the one to transfer. */
    toWire(): RowsWire {
      const joined = new Uint8Array(size + Math.max(0, plaintexts.length - 1));
      let at = 0;
      plaintexts.forEach((bytes, i) => {
        if (i > 0) joined[at++] = RS;
        joined.set(bytes, at);
        at += bytes.length;
      });
      return { ...wire, plaintexts: joined };
    },
  };
}

/** The page's side: each plaintext decoded, parsed and checked, then made into rows. */
export function readRows(wire: RowsWire): OpenedRows {
  const rows: OpenedRows = { responses: [], deviceEvents: [], unreadable: [...wire.unreadable] };
  const texts = wire.ids.length === 0 ? [] : decodeEach(wire.plaintexts);
  if (texts.length !== wire.ids.length) throw new Error('decrypt worker: rows out of step');
  texts.forEach((text, i) => {
    const id = wire.ids[i]!;
    const seq = wire.seqs[i]!;
    if (text instanceof Error) {
      rows.unreadable.push(malformed({ id, seq }, text.message));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      rows.unreadable.push(malformed({ id, seq }, e instanceof Error ? e.message : String(e)));
      return;
    }
    const parsed = SealedPlaintext.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      const reason = `not a valid response${where}: ${issue?.message ?? 'invalid'}`;
      rows.unreadable.push({ id, seq, reason });
      return;
    }
    const p = parsed.data;
    if (p.kind === 'event') {
      rows.deviceEvents.push({ id, seq, day: p.day, event: p.event });
      return;
    }
    rows.responses.push({
      id,
      seq,
      receivedDay: wire.receivedDays[i]!,
      formId: p.formId,
      formVersion: p.formVersion,
      locale: p.locale,
      day: p.day,
      ...(p.eventId === undefined ? {} : { eventId: p.eventId }),
      mode: p.mode,
      answers: p.answers,
    });
  });
  return rows;
}

/**
 * The joined plaintexts as texts: decoded in one call, or, if some are not UTF-8, one by one
 * (never with a real device), each that is not given as the decoder's error.
 */
function decodeEach(joined: Uint8Array): (string | Error)[] {
  try {
    return decoder.decode(joined).split(RS_TEXT);
  } catch {
    const out: (string | Error)[] = [];
    for (let from = 0; from <= joined.length;) {
      let to = joined.indexOf(RS, from);
      if (to === -1) to = joined.length;
      try {
        out.push(decoder.decode(joined.subarray(from, to)));
      } catch (e) {
        out.push(e instanceof Error ? e : new Error(String(e)));
      }
      from = to + 1;
    }
    return out;
  }
}

function malformed({ id, seq }: Pick<Meta, 'id' | 'seq'>, why: string): UnreadableRow {
  return { id, seq, reason: `malformed record: ${why}` };
}
