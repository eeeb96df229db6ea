import { Cursor, RECORDS_NEXT_HEADER } from '../../../../protocol/api';
import {
  decodeRecordsPage,
  RECORDS_BINARY_TYPE,
  type BinaryPage,
} from '../../../../protocol/records-binary';
import { ApiFailure, apiRequest } from '../../../device/api';

// One page of GET /api/v1/records: fetched by the loader, which hands its body unread to the
// decrypt worker that checks and opens it (a page is megabytes, and the page's thread is the
// one the person is using). The body is taken as a Blob: Chromium then keeps the bytes out of
// the page's process until the worker reads them, which cost about half the CPU and a third
// of the page faults of reading them here (58 MB per 100 000 records). Pages are asked for in
// the compact binary form (protocol/records-binary.ts): about 40 % fewer bytes than JSON and
// no base64 to decode.

/** An answer to `GET /records?after=&limit=` whose headers have arrived. */
export interface PageResponse {
  /**
   * The cursor after this page as the server's Hearth-Next header gave it, before the body:
   * the loader may ask for the next page at once. Absent without the header (or a sane one).
   */
  ahead?: number;
  /** The body, a binary records page, as a Blob: its bytes are read where it is opened. */
  blob(): Promise<Blob>;
}

export type FetchPage = (
  after: number,
  limit: number,
  signal?: AbortSignal,
) => Promise<PageResponse>;

/** The real server, same origin (the session cookie goes with it). */
export const fetchPageFromServer: FetchPage = async (after, limit, signal) => {
  const res = await apiRequest(`/api/v1/records?after=${after}&limit=${limit}`, {
    credentials: 'same-origin',
    headers: { Accept: RECORDS_BINARY_TYPE },
    ...(signal ? { signal } : {}),
  });
  if (res.headers.get('Content-Type') !== RECORDS_BINARY_TYPE) throw badResponse();
  const ahead = cursorAhead(res.headers.get(RECORDS_NEXT_HEADER), after);
  return { ...(ahead === undefined ? {} : { ahead }), blob: () => res.blob() };
};

/** A Hearth-Next value worth acting on: a cursor past `after`. */
export function cursorAhead(header: string | null, after: number): number | undefined {
  if (header === null || !Cursor.safeParse(header).success) return undefined;
  const cursor = Number(header);
  return cursor > after ? cursor : undefined;
}

/**
 * Decodes a records page. What the loader relies on is checked here: the layout, the cursor
 * and each record's seq and day. The sealed fields are checked where they are used: the
 * opener refuses anything malformed (version, kid, lengths) and AES-GCM authenticates the
 * rest, each refusal counted with its reason.
 */
export function parsePage(body: ArrayBuffer): BinaryPage {
  try {
    return decodeRecordsPage(body);
  } catch {
    throw badResponse();
  }
}

function badResponse(): ApiFailure {
  return new ApiFailure(
    200,
    'bad_response',
    'The server sent an answer Hearth does not understand.',
  );
}
