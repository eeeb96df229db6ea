import * as z from 'zod/mini';
import { decodedLength } from './base64url';
import { Day } from './day';
import { DEFAULT_IDLE_SECONDS, DEFAULT_SUPPRESSION_K } from './defaults';
import { Form } from './form';

// The partnership config (design §5–6, Appendix A): what a device needs to work offline.
// It travels as exact JSON text (`payload`) so its signature covers the bytes, not a
// re-serialisation.

const B64U = /^[A-Za-z0-9_-]+$/;

export const PublicKeyRaw = z.string().check(
  z.regex(B64U, 'must be base64url without padding'),
  z.refine((s) => decodedLength(s) === 65, 'must be a raw uncompressed P-256 point (65 bytes)'),
);

export const Kid = z.string().check(
  z.regex(B64U, 'must be base64url without padding'),
  z.refine((s) => decodedLength(s) === 16, 'must be 16 bytes'),
);

export const PartnershipEvent = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'event id must be a slug')),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  day: Day,
  area: z.string().check(z.maxLength(200)),
  type: z.string().check(z.minLength(1), z.maxLength(100)),
  organisations: z.array(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type PartnershipEvent = z.infer<typeof PartnershipEvent>;

export const Helpline = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  phone: z.string().check(z.regex(/^[0-9 +()-]{2,30}$/, 'phone must be digits and spaces')),
  hours: z.optional(z.string().check(z.maxLength(100))),
  description: z.optional(z.string().check(z.maxLength(500))),
});
export type Helpline = z.infer<typeof Helpline>;

export const Settings = z.strictObject({
  /** Smallest count shown as a number in coordinator views; never below 5. */
  suppressionK: z.int().check(z.gte(5), z.lte(100)),
  /** Seconds without input before the kiosk asks "Do you need more time?". */
  idleSeconds: z.int().check(z.gte(30), z.lte(600)),
  /** Per-form k (form id → k) where a form needs more than `suppressionK`; never below 5. */
  suppressionKByForm: z.optional(
    z.record(z.string().check(z.maxLength(64)), z.int().check(z.gte(5), z.lte(100))),
  ),
  /** Built-in or published forms a coordinator switched off: devices do not offer them. */
  disabledForms: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200))),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  suppressionK: DEFAULT_SUPPRESSION_K,
  idleSeconds: DEFAULT_IDLE_SECONDS,
};

export const ConfigPayload = z.strictObject({
  version: z.int().check(z.gte(1)),
  issuedDay: Day,
  partnershipName: z.string().check(z.minLength(1), z.maxLength(200)),
  kid: Kid,
  encryptionPublicKey: PublicKeyRaw,
  forms: z.array(Form),
  events: z.array(PartnershipEvent),
  helplines: z.array(Helpline),
  settings: Settings,
});
export type ConfigPayload = z.infer<typeof ConfigPayload>;

/** The signed config as served by `GET /api/v1/config` and stored on the device. */
export const SignedConfig = z.strictObject({
  payload: z.string().check(z.minLength(2), z.maxLength(2 * 1024 * 1024)),
  signature: z.string().check(
    z.regex(B64U, 'signature must be base64url'),
    z.refine((s) => decodedLength(s) === 64, 'signature must be 64 bytes (r‖s)'),
  ),
  version: z.int().check(z.gte(1)),
});
export type SignedConfig = z.infer<typeof SignedConfig>;
