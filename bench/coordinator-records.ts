// Realistic sealed records for the coordinator bench, made as tablets make them: several
// devices, each opening a sealing session per app start / kiosk day and sealing a run of
// responses under it. Mostly survivor feedback (some easy read, some with free text and the
// "about you" section), attendance sheets with tallies, training feedback and tablet-made
// events, spread over a year. Deterministic (seeded), so runs compare.
import type { Locale } from '../protocol/locales';
import type { SealedPlaintext } from '../protocol/response';
import type { SealedRecord } from '../protocol/sealed-record';
import { openSealingSession } from '../src/crypto';

/** Mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the support worker listened and I felt believed it took a long time to get a call back ' +
  'group sessions in the evening were hard with children a daytime group or creche would help ' +
  'thank you for not rushing me the waiting room was not private enough more information in polish'
).split(' ');

export interface Counts {
  records: number;
  sessions: number;
  responses: number;
  events: number;
}

/** `n` sealed records for `publicKeyRaw`, with the session enc of each. */
export async function realisticRecords(
  publicKeyRaw: Uint8Array,
  n: number,
  seed = 20250301,
): Promise<{ records: SealedRecord[]; counts: Counts }> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const start = Date.UTC(2024, 3, 1);
  const dayOf = (i: number) =>
    new Date(start + Math.floor((i / n) * 365) * 86_400_000).toISOString().slice(0, 10);
  const text = (max: number) =>
    Array.from({ length: int(3, max) }, () => pick(WORDS))
      .join(' ')
      .slice(0, 500);
  const point = () => (chance(0.05) ? 'prefer_not_to_say' : int(1, 5));
  const areas = ['North Ward', 'South Ward', 'Riverside', 'Town Centre', 'Eastfield'];
  const eventIds: string[] = [];

  function plaintext(i: number): SealedPlaintext {
    const day = dayOf(i);
    const r = random();
    if (r < 0.02) {
      const id = `tablet-${i}`;
      eventIds.push(id);
      const event = {
        id,
        name: `Drop-in ${i}`,
        day,
        area: pick(areas),
        type: 'other',
        organisations: [],
      };
      return { v: 1, kind: 'event', day, event };
    }
    const base = {
      v: 1,
      kind: 'response',
      locale: pick<Locale>(['en', 'en', 'en', 'pl', 'ur']),
      day,
    } as const;
    if (r < 0.07 && eventIds.length) {
      return {
        ...base,
        locale: 'en',
        formId: 'event-attendance',
        formVersion: 1,
        mode: 'staff',
        eventId: pick(eventIds),
        answers: {
          event_type: pick(['stall', 'drop_in', 'school_session', 'community_event']),
          area: pick(areas),
          partners: ['police', 'idva_service'],
          people_engaged: int(5, 120),
          conversations: int(0, 30),
          record_bands: 'yes',
          age_bands: { age_18_24: int(0, 9), age_25_34: int(0, 20), not_recorded: int(0, 9) },
          gender_bands: { woman: int(0, 30), man: int(0, 12), not_recorded: int(0, 5) },
          leaflets_type: { helpline_card: int(0, 40), local_services: int(0, 20) },
        },
      };
    }
    if (r < 0.12) {
      return {
        ...base,
        formId: 'training-feedback',
        formVersion: 1,
        mode: 'assisted',
        answers: {
          sector: pick(['police', 'health', 'housing', 'education']),
          coercive_before: int(1, 3),
          coercive_after: int(3, 5),
          asking_before: int(1, 3),
          asking_after: int(3, 5),
          relevance: int(3, 5),
          needs: ['children', 'stalking'],
          ...(chance(0.4) ? { do_differently: text(40) } : {}),
        },
      };
    }
    const easy = r < 0.2;
    const answers: Record<string, string | number> = easy
      ? { listened: int(1, 3), believed: int(1, 3), safer: int(1, 3), times_told: 'once' }
      : {
          listened: point(),
          respected: point(),
          had_a_say: point(),
          safer: point(),
          daily_life: point(),
          know_help: point(),
          times_told: pick(['none', 'once', 'two_three', 'four_plus', 'prefer_not_to_say']),
          recommend: pick(['yes', 'yes', 'maybe', 'no']),
        };
    if (chance(0.3)) answers['improve'] = text(90);
    if (!easy && chance(0.5)) {
      Object.assign(answers, {
        about_you: 'yes',
        age_band: pick(['age_18_24', 'age_25_34', 'age_35_44', 'age_45_54']),
        gender: pick(['woman', 'woman', 'man', 'prefer_not_to_say']),
        disability: pick(['yes', 'no', 'prefer_not_to_say']),
      });
    }
    return {
      ...base,
      formId: easy ? 'survivor-feedback-easy-read' : 'survivor-feedback',
      formVersion: 1,
      mode: 'kiosk',
      answers,
    };
  }

  const records: SealedRecord[] = [];
  let sessions = 0;
  let events = 0;
  while (records.length < n) {
    // One sealing session per app start or kiosk day: tens to a few hundred records.
    const session = await openSealingSession(publicKeyRaw);
    sessions += 1;
    const run = Math.min(int(40, 400), n - records.length);
    for (let j = 0; j < run; j++) {
      const p = plaintext(records.length);
      if (p.kind === 'event') events += 1;
      records.push(await session.seal(p));
    }
  }
  return { records, counts: { records: n, sessions, responses: n - events, events } };
}
