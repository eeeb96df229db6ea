import { useState } from 'preact/hooks';
import { rewrapKeys } from '../../crypto';
import { useAccessActions } from '../shell/access-context';
import { useWorkspace } from '../workspace';
import { putWrapped } from './access-api';
import { signedInContext } from './passphrase-rules';
import { EMPTY_PASSPHRASE, newPassphraseIssues, PassphraseFields } from './PassphraseFields';
import { unlockFailureMessage } from './UnlockScreen';
import { ErrorSummary } from '../ui/ErrorSummary';
import { issueFor, type FieldIssue } from '../ui/issues';
import { Field } from './ui';

// A coordinator's own copy of the keys is re-wrapped in the browser under a new passphrase
// and replaces the copy on the server. Other coordinators' copies are untouched.

interface FormProps {
  idPrefix: string;
  /** Known already (a hand-over passphrase typed at unlock); otherwise the form asks for it. */
  currentSecret?: string;
  submitLabel: string;
  onDone(): void;
}

function PassphraseChangeForm({ idPrefix, currentSecret, submitLabel, onDone }: FormProps) {
  const { keyring, coordinator, config } = useWorkspace();
  const { replaceWrapped } = useAccessActions();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(EMPTY_PASSPHRASE);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const context = signedInContext(coordinator.email, config?.payload.partnershipName);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    const found = newPassphraseIssues(idPrefix, next, context);
    if (currentSecret === undefined && current === '') {
      found.unshift({ targetId: `${idPrefix}-current`, message: 'Enter your current passphrase' });
    }
    setIssues(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const old = currentSecret ?? current;
      const wrapped = await rewrapKeys(
        keyring.wrapped,
        old,
        next.passphrase,
        'passphrase',
        keyring,
      );
      await putWrapped(wrapped);
      replaceWrapped(wrapped);
      setCurrent('');
      setNext(EMPTY_PASSPHRASE);
      setBusy(false);
      onDone();
    } catch (err) {
      setIssues([
        {
          targetId: currentSecret === undefined ? `${idPrefix}-current` : `${idPrefix}-new`,
          message: unlockFailureMessage(err),
        },
      ]);
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary issues={issues} id={`${idPrefix}-errors`} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        {currentSecret === undefined ? (
          <Field
            id={`${idPrefix}-current`}
            label="Current passphrase"
            type="password"
            value={current}
            onInput={setCurrent}
            error={issueFor(issues, `${idPrefix}-current`)}
          />
        ) : null}
        <PassphraseFields
          idPrefix={idPrefix}
          value={next}
          onChange={setNext}
          context={context}
          issues={issues}
        />
        <div class="actions">
          <button class="button" type="submit" aria-disabled={busy ? 'true' : undefined}>
            {submitLabel}
          </button>
        </div>
        <p role="status" class="progress-text">
          {busy ? 'Saving your passphrase…' : ''}
        </p>
      </form>
    </>
  );
}

/** Right after unlocking with a hand-over passphrase: choose your own before going on. */
export function HandoverPassphraseScreen({
  handoverSecret,
  onDone,
}: {
  handoverSecret: string;
  onDone(): void;
}) {
  return (
    <>
      <h1>Choose your own passphrase</h1>
      <p>
        You unlocked the partnership key with the one-time hand-over passphrase. Choose a passphrase
        only you know; the hand-over passphrase stops working once you save it.
      </p>
      <PassphraseChangeForm
        idPrefix="handover"
        currentSecret={handoverSecret}
        submitLabel="Save my passphrase"
        onDone={onDone}
      />
    </>
  );
}

/** Change your own passphrase (needs the current one). */
export function AccountScreen() {
  const { coordinator } = useWorkspace();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <h1>Your passphrase</h1>
      <p>
        Signed in as <strong>{coordinator.email}</strong> ({coordinator.role}). Changing your
        passphrase changes only your own copy of the partnership key; other coordinators keep
        theirs.
      </p>
      <p role="status" class={saved ? 'notice' : undefined}>
        {saved ? 'Your passphrase has been changed. Use the new one next time you unlock.' : ''}
      </p>
      <h2>Change your passphrase</h2>
      <PassphraseChangeForm
        idPrefix="change"
        submitLabel="Change passphrase"
        onDone={() => setSaved(true)}
      />
    </>
  );
}
