// Records for the review specs: real sealed plaintexts (real HPKE session, real AES-GCM) for
// a partnership set up with setUpCoordinatorPartnership, sent as an enrolled tablet would
// send them (POST /api/v1/batches with its bearer token).
import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { EnrolResponse } from '../../../protocol/api';
import type { PartnershipEvent } from '../../../protocol/config';
import { localDay } from '../../../protocol/day';
import type { Answers } from '../../../protocol/form';
import type { SealedPlaintext } from '../../../protocol/response';
import { openSealingSession } from '../../../src/crypto';
import type { CoordinatorPartnership } from './coordinator';

/** Free text a person could type that would run as script if a screen parsed it as HTML. */
export const XSS = {
  img: `<img src=x onerror="window.__xss=1">`,
  script: `<script>window.__xss=2</script>`,
  svg: `<svg onload="window.__xss=3"><circle r="5"/></svg>`,
} as const;

export interface Tablet {
  send(plaintexts: SealedPlaintext[]): Promise<void>;
}

/** Enrols a tablet over the API; `send` seals and posts records as that tablet. */
export async function enrolTablet(
  origin: string,
  partnership: CoordinatorPartnership,
  name = 'Review tablet',
): Promise<Tablet> {
  const { code } = await partnership.client.createEnrolmentCode();
  const res = await fetch(`${origin}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name }),
  });
  expect(res.status).toBe(201);
  const { token } = EnrolResponse.parse(await res.json());
  const session = await openSealingSession(partnership.encryptionPublicKeyRaw);
  return {
    async send(plaintexts) {
      const records = [];
      for (const p of plaintexts) records.push(await session.seal(p));
      const sent = await fetch(`${origin}/api/v1/batches`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ batchId: randomUUID(), records }),
      });
      expect(sent.status).toBe(200);
    },
  };
}

/** A survivor kiosk response given today. */
export function survivorResponse(answers: Answers, eventId?: string): SealedPlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: 'survivor-feedback',
    formVersion: 1,
    locale: 'en',
    day: localDay(),
    mode: 'kiosk',
    answers,
    ...(eventId ? { eventId } : {}),
  };
}

/** A closed attendance sheet for an event. */
export function attendanceSheet(eventId: string, answers: Answers): SealedPlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: 'event-attendance',
    formVersion: 1,
    locale: 'en',
    day: localDay(),
    mode: 'staff',
    eventId,
    answers,
  };
}

/** Training feedback with confidence before and after. */
export function trainingFeedback(answers: Answers): SealedPlaintext {
  return {
    v: 1,
    kind: 'response',
    formId: 'training-feedback',
    formVersion: 1,
    locale: 'en',
    day: localDay(),
    mode: 'assisted',
    answers,
  };
}

/** An event created on a tablet (its name and area are typed by staff: untrusted text). */
export function tabletEvent(event: PartnershipEvent): SealedPlaintext {
  return { v: 1, kind: 'event', day: event.day, event };
}
