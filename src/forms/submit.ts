import { localDay } from '../../protocol/day';
import { EVENT_RECORD_FORM_ID, SealedPlaintext } from '../../protocol/response';
import { openSealingSession, type SealingSession } from '../crypto/sealing-session';
import { enqueue } from '../storage/outbox';

/**
 * Submitting = seal + commit to the outbox, in one step (design §5). The plaintext exists
 * only in memory for the length of this call; what IndexedDB receives is the sealed record.
 * The sealing session (one HPKE setup) is opened once per day and kept in memory only.
 */
export interface Submitter {
  submit(plaintext: SealedPlaintext): Promise<string>;
}

export function createSubmitter(publicKeyRaw: Uint8Array): Submitter {
  let session: Promise<SealingSession> | undefined;
  let sessionDay = '';

  const current = (): Promise<SealingSession> => {
    const today = localDay();
    if (!session || sessionDay !== today) {
      sessionDay = today;
      session = openSealingSession(publicKeyRaw);
      // A failed setup must not poison later submits.
      session.catch(() => (session = undefined));
    }
    return session;
  };

  return {
    async submit(plaintext) {
      const checked = SealedPlaintext.parse(plaintext);
      const record = await (await current()).seal(checked);
      await enqueue(record, checked.kind === 'event' ? EVENT_RECORD_FORM_ID : checked.formId);
      return record.id;
    },
  };
}
