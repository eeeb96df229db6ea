import { useState } from 'preact/hooks';
import type { KeyringResponse } from '../../../protocol/api';
import { KeyWrapError, unwrapKeys, wrappedPurpose, type UnlockedKeys } from '../../crypto';
import { COORDINATOR_PATHS } from '../routes';
import { useWorkspace } from '../workspace';
import { postAudit } from './access-api';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FieldIssue } from '../ui/issues';
import { Field, messageOf } from './ui';

// Unlocking = opening this coordinator's wrapped copy of the partnership keys in the browser.
// The keys stay in memory only; the server learns that an unlock happened (audit), nothing else.

export const WRONG_PASSPHRASE = 'That passphrase does not unlock the partnership key.';

export function unlockFailureMessage(e: unknown): string {
  if (!(e instanceof KeyWrapError)) return messageOf(e);
  switch (e.code) {
    case 'wrong_passphrase':
      return WRONG_PASSPHRASE;
    case 'mismatch':
      return "Your copy of the key does not match the partnership's key. Use the recovery kit, or ask an admin to add you again.";
    case 'malformed':
      return 'Your copy of the partnership key is damaged. Use the recovery kit, or ask an admin to add you again.';
  }
}

function isHandover(keyring: KeyringResponse): boolean {
  try {
    return wrappedPurpose(keyring.wrapped) === 'handover';
  } catch {
    return false;
  }
}

interface Props {
  /** Why the key is locked, when it was unlocked before (inactivity, say). */
  reason?: string | undefined;
  /** `secret` is what was typed: a hand-over copy is re-wrapped with it right away. */
  onUnlocked(keys: UnlockedKeys, secret: string): void;
}

export function UnlockScreen({ reason, onUnlocked }: Props) {
  const { keyring, navigate } = useWorkspace();
  const [passphrase, setPassphrase] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const handover = isHandover(keyring);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setIssues([{ targetId: 'unlock-passphrase', message: 'Enter your passphrase' }]);
      return;
    }
    setBusy(true);
    setIssues([]);
    let keys: UnlockedKeys;
    try {
      keys = await unwrapKeys(keyring.wrapped, passphrase, keyring);
    } catch (err) {
      setIssues([{ targetId: 'unlock-passphrase', message: unlockFailureMessage(err) }]);
      setBusy(false);
      return;
    }
    // Best effort: a failed audit write must not keep someone from their data; a 401 here
    // ends the session through the shell anyway.
    await postAudit({ action: 'key_unlocked' }).catch(() => undefined);
    onUnlocked(keys, passphrase);
  }

  return (
    <>
      <h1>Unlock the partnership key</h1>
      {reason ? (
        <p class="notice" role="status">
          {reason}
        </p>
      ) : null}
      <p>
        Responses are opened in this browser with the partnership key. Your passphrase unlocks it;
        the key stays in this tab's memory only and locks again after 15 minutes without activity.
      </p>
      <ErrorSummary issues={issues} id="unlock-errors" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="unlock-passphrase"
          label={handover ? 'Hand-over passphrase' : 'Passphrase'}
          type="password"
          value={passphrase}
          onInput={setPassphrase}
          error={issues[0]?.message}
          hint={
            handover
              ? 'Type the one-time passphrase the admin gave you. You will then choose your own.'
              : undefined
          }
        />
        <div class="actions">
          <button class="button" type="submit" aria-disabled={busy ? 'true' : undefined}>
            Unlock
          </button>
          <a
            class="button secondary"
            href={COORDINATOR_PATHS.recover}
            onClick={(e) => {
              e.preventDefault();
              navigate(COORDINATOR_PATHS.recover);
            }}
          >
            Use the recovery kit
          </a>
        </div>
        <p role="status" class="progress-text">
          {busy ? 'Unlocking…' : ''}
        </p>
      </form>
    </>
  );
}
