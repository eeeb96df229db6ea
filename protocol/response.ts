import * as z from 'zod/mini';
import { PartnershipEvent } from './config';
import { Day } from './day';
import { Answers } from './form';
import { LOCALES } from './locales';

/**
 * The plaintext inside a sealed response (design §4 "What is sealed"). A day, never a time;
 * no device name; nothing typed by staff about the person.
 */
export const ResponsePlaintext = z.strictObject({
  v: z.literal(1),
  kind: z.literal('response'),
  formId: z.string().check(z.minLength(1), z.maxLength(64)),
  formVersion: z.int().check(z.gte(1)),
  locale: z.enum(LOCALES),
  day: Day,
  eventId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  mode: z.enum(['kiosk', 'assisted', 'staff']),
  answers: Answers,
});
export type ResponsePlaintext = z.infer<typeof ResponsePlaintext>;

/** A device-created event (design §4 "Events"), sealed like a response when it is closed. */
export const EventPlaintext = z.strictObject({
  v: z.literal(1),
  kind: z.literal('event'),
  day: Day,
  event: PartnershipEvent,
});
export type EventPlaintext = z.infer<typeof EventPlaintext>;

/** Everything a device seals. */
export const SealedPlaintext = z.discriminatedUnion('kind', [ResponsePlaintext, EventPlaintext]);
export type SealedPlaintext = z.infer<typeof SealedPlaintext>;

/** The outbox groups queued records by form; device-created events count under this name. */
export const EVENT_RECORD_FORM_ID = 'event';
