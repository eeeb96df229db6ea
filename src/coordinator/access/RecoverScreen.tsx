import { useState } from 'preact/hooks';
import {
  KeyWrapError,
  parseRecoveryKit,
  rewrapKeys,
  unwrapKeys,
  type RecoveryKit,
} from '../../crypto';
import { COORDINATOR_PATHS } from '../routes';
import { useAccessActions } from '../shell/access-context';
import { useWorkspace } from '../workspace';
import { putWrapped } from './access-api';
import { signedInContext } from './passphrase-rules';
import { EMPTY_PASSPHRASE, newPassphraseIssues, PassphraseFields } from './PassphraseFields';
import { ErrorSummary } from '../ui/ErrorSummary';
import { issueFor, type FieldIssue } from '../ui/issues';
import { Field, KitFileField, messageOf } from './ui';

// A forgotten passphrase: the recovery kit file plus its recovery code open the keys, which
// are re-wrapped under a new passphrase as this coordinator's copy on the server.

const KIT_ID = 'recover-kit';
const CODE_ID = 'recover-code';

async function readKit(file: File | undefined): Promise<RecoveryKit> {
  if (!file) throw new KeyWrapError('malformed', 'Choose the recovery kit file.');
  if (file.size > 512 * 1024)
    throw new KeyWrapError('malformed', 'This file is not a Hearth recovery kit.');
  return parseRecoveryKit(await file.text());
}

export function RecoverScreen() {
  const { keyring, coordinator, config, navigate } = useWorkspace();
  const { replaceWrapped, unlocked } = useAccessActions();
  const [file, setFile] = useState<File>();
  const [code, setCode] = useState('');
  const [next, setNext] = useState(EMPTY_PASSPHRASE);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const context = signedInContext(coordinator.email, config?.payload.partnershipName);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    const found: FieldIssue[] = [];
    if (!file) found.push({ targetId: KIT_ID, message: 'Choose the recovery kit file' });
    if (code.trim() === '') found.push({ targetId: CODE_ID, message: 'Enter the recovery code' });
    found.push(...newPassphraseIssues('recover', next, context));
    setIssues(found);
    if (found.length > 0) return;
    setBusy(true);
    let step: typeof KIT_ID | typeof CODE_ID = KIT_ID;
    try {
      const kit = await readKit(file);
      if (kit.kid !== keyring.kid || kit.signingPublicKey !== keyring.signingPublicKey) {
        throw new KeyWrapError('mismatch', 'This recovery kit is for another partnership key.');
      }
      step = CODE_ID;
      const wrapped = await rewrapKeys(
        kit.recoveryWrapped,
        code,
        next.passphrase,
        'passphrase',
        keyring,
      );
      await putWrapped(wrapped);
      replaceWrapped(wrapped);
      unlocked(await unwrapKeys(wrapped, next.passphrase, keyring));
      navigate(COORDINATOR_PATHS.overview);
    } catch (err) {
      const message =
        err instanceof KeyWrapError && err.code === 'wrong_passphrase'
          ? 'That recovery code does not open this recovery kit.'
          : messageOf(err);
      setIssues([{ targetId: step, message }]);
      setBusy(false);
    }
  }

  return (
    <>
      <h1>Use the recovery kit</h1>
      <p>
        If you have forgotten your passphrase, the recovery kit file saved at setup and its recovery
        code open the partnership key. You then choose a new passphrase for your own copy.
      </p>
      <ErrorSummary issues={issues} id="recover-errors" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <KitFileField
          id={KIT_ID}
          hint="A file ending in .json, named like hearth-recovery-kit-….json"
          error={issueFor(issues, KIT_ID)}
          onFile={setFile}
        />
        <Field
          id={CODE_ID}
          label="Recovery code"
          hint="25 letters and digits in groups of five, as written down at setup"
          value={code}
          onInput={setCode}
          error={issueFor(issues, CODE_ID)}
        />
        <PassphraseFields
          idPrefix="recover"
          value={next}
          onChange={setNext}
          context={context}
          issues={issues}
        />
        <div class="actions">
          <button class="button" type="submit" aria-disabled={busy ? 'true' : undefined}>
            Recover and unlock
          </button>
        </div>
        <p role="status" class="progress-text">
          {busy ? 'Opening the recovery kit…' : ''}
        </p>
      </form>
    </>
  );
}
