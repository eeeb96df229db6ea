import * as z from 'zod/mini';
import { Cursor, type RecordsResponse } from '../../../../protocol/api';
import { Day } from '../../../../protocol/day';
import { ApiFailure, apiRequest } from '../../../device/api';

// One page of GET /api/v1/records, fetched and checked in the decrypt worker that opens it:
// a page is several megabytes of JSON, and the page's thread is the one the person is using
// (and on a two-core laptop, the one the workers need). Only the page's place (count, last
// seq, whether there is more) goes back to the loader.

/** The body of `GET /records?after=&limit=` as text. */
export type FetchPage = (after: number, limit: number) => Promise<string>;

/** The real server, same origin (the session cookie goes with it). */
export const fetchPageFromServer: FetchPage = async (after, limit) => {
  const res = await apiRequest(`/api/v1/records?after=${after}&limit=${limit}`, {
    credentials: 'same-origin',
  });
  return res.text();
};

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
