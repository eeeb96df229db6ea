import * as z from 'zod/mini';
import { Cursor, RECORDS_NEXT_HEADER, type RecordsResponse } from '../../../../protocol/api';
import { Day } from '../../../../protocol/day';
import { ApiFailure, apiRequest } from '../../../device/api';

// One page of GET /api/v1/records, fetched and checked in the decrypt worker that opens it:
// a page is several megabytes of JSON, and the page's thread is the one the person is using
// (and on a two-core laptop, the one the workers need). Only the page's place (count, last
// seq, whether there is more) goes back to the loader.

/** An answer to `GET /records?after=&limit=` whose headers have arrived. */
export interface PageResponse {
  /**
   * The cursor after this page as the server's Hearth-Next header gave it, before the body:
   * the loader may ask for the next page at once. Absent without the header (or a sane one).
   */
  ahead?: number;
  /** The body, as text. */
  text(): Promise<string>;
}

export type FetchPage = (after: number, limit: number) => Promise<PageResponse>;

/** The real server, same origin (the session cookie goes with it). */
export const fetchPageFromServer: FetchPage = async (after, limit) => {
  const res = await apiRequest(`/api/v1/records?after=${after}&limit=${limit}`, {
    credentials: 'same-origin',
  });
  const ahead = cursorAhead(res.headers.get(RECORDS_NEXT_HEADER), after);
  return { ...(ahead === undefined ? {} : { ahead }), text: () => res.text() };
};

/** A Hearth-Next value worth acting on: a cursor past `after`. */
export function cursorAhead(header: string | null, after: number): number | undefined {
  if (header === null || !Cursor.safeParse(header).success) return undefined;
  const cursor = Number(header);
  return cursor > after ? cursor : undefined;
}

/**
 * What the loader relies on, checked here: the cursor and each record's place. The sealed
 * fields are checked where they are used: the opener refuses anything malformed (version,
 * kid, lengths, strict base64url) and AES-GCM authenticates the rest, each refusal counted
 * with its reason. Checking 100 000 ciphertexts' shapes here as well cost about a second
 * (`npm run bench`), for nothing the opener does not already catch.
 */
const PageEnvelope = z.strictObject({
  records: z.array(
    z.looseObject({ seq: z.int().check(z.gte(1)), id: z.string(), receivedDay: Day }),
  ),
  next: z.nullable(Cursor),
});

/** Validates a records page's envelope (see PageEnvelope). */
export function parsePage(text: string): RecordsResponse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = PageEnvelope.safeParse(json);
  if (!parsed.success) {
    throw new ApiFailure(
      200,
      'bad_response',
      'The server sent an answer Hearth does not understand.',
    );
  }
  // The rest of each record is the opener's to check (above).
  return parsed.data as RecordsResponse;
}
