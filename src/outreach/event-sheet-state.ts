import * as z from 'zod/mini';
import { PartnershipEvent } from '../../protocol/config';
import { EMPTY_TALLY, parseTallyState, type TallyState } from '../forms/tally';

/**
 * An open attendance sheet, as kept (encrypted) in the drafts table until "Close event": the
 * event itself (device-created events travel inside their sheet until then), the headline
 * answers, and the tallies with their undo history.
 */
export interface SheetState {
  event: PartnershipEvent;
  createdOnDevice: boolean;
  answers: Record<string, unknown>;
  tally: TallyState;
}

export const ATTENDANCE_FORM_ID = 'event-attendance';

export const sheetDraftId = (eventId: string) => `sheet-${eventId}`;

const Stored = z.object({
  event: PartnershipEvent,
  createdOnDevice: z.boolean(),
  answers: z.record(z.string(), z.unknown()),
  tally: z.unknown(),
});

/** A sheet read back from its draft, or undefined if it is not one. */
export function parseSheet(value: unknown): SheetState | undefined {
  const parsed = Stored.safeParse(value);
  if (!parsed.success) return undefined;
  return { ...parsed.data, tally: parseTallyState(parsed.data.tally) ?? EMPTY_TALLY };
}
