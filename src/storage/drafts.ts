import * as z from 'zod/mini';
import { Day } from '../../protocol/day';
import { EncryptedDraftSchema } from '../crypto/draft-box';
import { db } from './db';

// Paused drafts (design §5): an assisted questionnaire put aside, or an open attendance sheet.
// The content is only ever the encrypted draft; the other fields are what staff need to list
// and resume drafts, and nothing more:
//  - `label` names the thing, never an answer: the event name for an attendance sheet, the
//    form title for a questionnaire. Never a person's name or anything typed about them.
//  - `updatedDay` is a day, never a time of day (design §4).
// Every read is validated: a corrupt row is treated as absent, never trusted.

export const DRAFT_KINDS = ['questionnaire', 'attendance'] as const;
export const DraftKind = z.enum(DRAFT_KINDS);
export type DraftKind = z.infer<typeof DraftKind>;

export const DraftRow = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  kind: DraftKind,
  formId: z.string().check(z.minLength(1), z.maxLength(64)),
  label: z.optional(z.string().check(z.maxLength(200))),
  updatedDay: Day,
  draft: EncryptedDraftSchema,
});
export type DraftRow = z.infer<typeof DraftRow>;

/** Creates or replaces the draft with this id. */
export async function saveDraft(row: DraftRow): Promise<void> {
  await db().drafts.put(DraftRow.parse(row));
}

export async function getDraft(id: string): Promise<DraftRow | undefined> {
  const parsed = DraftRow.safeParse(await db().drafts.get(id));
  return parsed.success ? parsed.data : undefined;
}

/** Valid drafts (of one kind, if given), most recently updated day first. */
export async function listDrafts(kind?: DraftKind): Promise<DraftRow[]> {
  const table = db().drafts;
  const raw: unknown[] =
    kind === undefined ? await table.toArray() : await table.where('kind').equals(kind).toArray();
  const rows: DraftRow[] = [];
  for (const value of raw) {
    const parsed = DraftRow.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
  }
  return rows.sort(
    (a, b) =>
      b.updatedDay.localeCompare(a.updatedDay) ||
      (a.label ?? '').localeCompare(b.label ?? '') ||
      a.id.localeCompare(b.id),
  );
}

export async function deleteDraft(id: string): Promise<void> {
  await db().drafts.delete(id);
}

/** Deletes every draft row (staff wiping drafts; pair with forgetting the device key). */
export async function clearDrafts(): Promise<void> {
  await db().drafts.clear();
}
