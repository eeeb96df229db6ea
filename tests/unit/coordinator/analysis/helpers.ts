import {
  DEFAULT_SETTINGS,
  type ConfigPayload,
  type PartnershipEvent,
} from '../../../../protocol/config';
import type { Answers } from '../../../../protocol/form';
import { analysisContext } from '../../../../src/coordinator/analysis/context';
import type {
  Dataset,
  DeviceEventRow,
  ResponseRow,
} from '../../../../src/coordinator/analysis/types';

let seq = 0;

/** A decrypted response row; defaults to the survivor form, version 1, English, kiosk. */
export function row(answers: Answers, extra: Partial<ResponseRow> = {}): ResponseRow {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    receivedDay: '2025-03-30',
    formId: 'survivor-feedback',
    formVersion: 1,
    locale: 'en',
    day: '2025-03-03',
    mode: 'kiosk',
    answers,
    ...extra,
  };
}

/** `n` copies of a row with the same answers. */
export function rows(n: number, answers: Answers, extra: Partial<ResponseRow> = {}): ResponseRow[] {
  return Array.from({ length: n }, () => row(answers, extra));
}

export function event(
  id: string,
  area: string,
  extra: Partial<PartnershipEvent> = {},
): PartnershipEvent {
  return {
    id,
    name: `Event ${id}`,
    day: '2025-03-03',
    area,
    type: 'stall',
    organisations: [],
    ...extra,
  };
}

export function deviceEvent(e: PartnershipEvent): DeviceEventRow {
  seq += 1;
  return { id: `dev-${e.id}`, seq, day: e.day, event: e };
}

export function dataset(responses: ResponseRow[], deviceEvents: DeviceEventRow[] = []): Dataset {
  return { responses, deviceEvents, unreadable: [], lastSeq: seq };
}

/** A config with only what analysis reads (forms, events, settings). */
export function config(extra: Partial<ConfigPayload> = {}): ConfigPayload {
  return {
    version: 1,
    issuedDay: '2025-03-01',
    partnershipName: 'Test',
    kid: 'AAAAAAAAAAAAAAAAAAAAAA',
    encryptionPublicKey: 'A'.repeat(87),
    forms: [],
    events: [],
    helplines: [],
    settings: DEFAULT_SETTINGS,
    ...extra,
  };
}

export function context(data: Dataset, extra: Partial<ConfigPayload> = {}) {
  return analysisContext(config(extra), data);
}
