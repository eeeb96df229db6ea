import { localDay } from '../../protocol/day';
import { DraftError, openDraft, sealDraft } from '../crypto/draft-box';
import { forgetDeviceKey, getDeviceKey, readDeviceKey } from '../storage/device-key-store';
import {
  clearDrafts,
  deleteDraft,
  getDraft,
  listDrafts,
  saveDraft,
  type DraftKind,
  type DraftRow,
} from '../storage/drafts';

// Paused drafts for outreach screens: the device key, the draft box and the drafts table in
// one place. Plaintext exists only in memory; what IndexedDB receives is the encrypted draft
// plus the few fields staff need to list drafts (see src/storage/drafts.ts).

/** What staff see in a list of paused drafts: never the content. */
export type DraftSummary = Omit<DraftRow, 'draft'>;
export type LoadedDraft = DraftSummary & { value: unknown };

// Operations on one draft run in call order. Sealing is async WebCrypto, so two quick saves
// (two taps on a tally) could otherwise commit out of order and leave the older sheet stored,
// and a save still in flight could bring back a draft just discarded.
const queues = new Map<string, Promise<unknown>>();
function inOrder<T>(id: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(id) ?? Promise.resolve()).then(task);
  const tail = run.catch(() => undefined);
  queues.set(id, tail);
  void tail.then(() => {
    if (queues.get(id) === tail) queues.delete(id);
  });
  return run;
}

/**
 * Encrypts `value` under the device key (created on first use) and stores it as draft `id`,
 * replacing any earlier version. `label` must name the thing (event name, form title), never
 * contain an answer.
 */
export function saveEncryptedDraft(
  kind: DraftKind,
  id: string,
  formId: string,
  label: string | undefined,
  value: unknown,
): Promise<void> {
  return inOrder(id, async () => {
    const draft = await sealDraft(await getDeviceKey(), kind, id, value);
    const row: DraftRow = { id, kind, formId, updatedDay: localDay(), draft };
    if (label !== undefined) row.label = label;
    await saveDraft(row);
  });
}

/**
 * The draft and its decrypted value, or undefined when there is no such draft. Throws
 * `DraftError` when it cannot be opened (device key forgotten, row tampered with): the
 * screen should offer to discard it.
 */
export function loadDraft(id: string): Promise<LoadedDraft | undefined> {
  return inOrder(id, async () => {
    const row = await getDraft(id);
    if (!row) return undefined;
    // Never create a key just to open a draft: a new key could not open it anyway.
    const key = await readDeviceKey();
    if (!key) throw new DraftError('no-key', 'Cannot open draft: the device key is gone');
    const value = await openDraft(key, row.kind, row.id, row.draft);
    const { draft: _draft, ...summary } = row;
    return { ...summary, value };
  });
}

export function discardDraft(id: string): Promise<void> {
  return inOrder(id, () => deleteDraft(id));
}

/** Paused drafts (of one kind, if given), most recent day first, without their content. */
export async function listDraftSummaries(kind?: DraftKind): Promise<DraftSummary[]> {
  return (await listDrafts(kind)).map(({ draft: _draft, ...summary }) => summary);
}

/** Staff wipe: delete every draft, then the key, so nothing sealed under it can be opened. */
export async function wipeDrafts(): Promise<void> {
  await clearDrafts();
  await forgetDeviceKey();
}
