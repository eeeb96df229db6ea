import type { PartnershipEvent } from '../../../protocol/config';
import type { Answers } from '../../../protocol/form';
import type { Locale } from '../../../protocol/locales';

// The contract between the review pipeline (fetch → cache ciphertext → decrypt in a worker)
// and the screens that show numbers. Decrypted rows live in memory only.

/** One opened response (kind 'response'), with where it sits in the server's order. */
export interface ResponseRow {
  /** Record id (UUID v4). */
  id: string;
  seq: number;
  receivedDay: string;
  formId: string;
  formVersion: number;
  locale: Locale;
  /** The day the response was given (YYYY-MM-DD). */
  day: string;
  eventId?: string;
  mode: 'kiosk' | 'assisted' | 'staff';
  answers: Answers;
}

/** An event created on a device and sealed (kind 'event'). */
export interface DeviceEventRow {
  id: string;
  seq: number;
  day: string;
  event: PartnershipEvent;
}

/** A record that could not be opened or did not validate: counted and explained, never shown. */
export interface UnreadableRow {
  id: string;
  seq: number;
  reason: string;
}

export interface Dataset {
  responses: ResponseRow[];
  deviceEvents: DeviceEventRow[];
  unreadable: UnreadableRow[];
  /** Highest seq included. */
  lastSeq: number;
}

/** Every filter is optional; days are inclusive. */
export interface Filters {
  from?: string;
  to?: string;
  eventId?: string;
  area?: string;
  formVersion?: number;
  locale?: Locale;
}

/**
 * A count after disclosure control (design §8). 'suppressed' is shown as "fewer than k" —
 * whether primary (1…k−1) or secondary (hidden so a total cannot reveal another cell).
 */
export type Cell = { kind: 'count'; value: number } | { kind: 'suppressed'; k: number };

export interface Progress {
  phase: 'fetching' | 'decrypting' | 'aggregating' | 'done';
  done: number;
  /** Unknown while fetching (the server does not say how many remain). */
  total: number | null;
}
