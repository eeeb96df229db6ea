import { useEffect, useRef, useState } from 'preact/hooks';
import type { CoordinatorInfo } from '../../../protocol/api';
import { DEFAULT_SETTINGS } from '../../../protocol/config';
import { unlockKeySecret, type UnlockedKeys } from '../../crypto';
import { ApiFailure } from '../api';
import { publishConfig } from '../config/publish';
import { HelplinesEditor } from '../manage/HelplinesEditor';
import { helplineIssues } from '../manage/helplines';
import { PlainPage } from '../shell/PlainPage';
import { postSetup, signIn } from './access-api';
import { newPassphraseIssues } from './PassphraseFields';
import {
  accountIssues,
  INITIAL_SETUP,
  passphraseContext,
  SETUP_STEPS,
  type SetupState,
} from './setup-state';
import { AccountStep, checkKit, KeysStep, KitCheckStep, PassphraseStep } from './setup-steps';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FieldIssue } from '../ui/issues';
import { messageOf } from './ui';

// First run (/coordinator/setup): six steps, then POST /setup with only the public keys and
// the passphrase-wrapped private keys, sign in, and publish the first signed config.

interface Props {
  onFinished(coordinator: CoordinatorInfo, keys: UnlockedKeys): void;
  onSignInInstead(): void;
}

export function SetupWizard({ onFinished, onSignInInstead }: Props) {
  const [state, setState] = useState<SetupState>(INITIAL_SETUP);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [kitFile, setKitFile] = useState<File>();
  const [kitCode, setKitCode] = useState('');
  const [busy, setBusy] = useState('');
  const [alreadySetUp, setAlreadySetUp] = useState(false);
  const [serverSetUp, setServerSetUp] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const update = (patch: Partial<SetupState>) => setState((s) => ({ ...s, ...patch }));
  const step = state.step;
  const title = `Set up Hearth: ${SETUP_STEPS[step]!.toLowerCase()}`;

  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  function go(next: number) {
    setIssues([]);
    update({ step: next });
  }

  async function finish() {
    const created = state.created;
    if (!created) return;
    const email = state.email.trim();
    const partnershipName = state.partnershipName.trim();
    try {
      if (!serverSetUp) {
        setBusy('Saving the partnership on the server…');
        await postSetup({
          partnershipName,
          admin: { email, password: state.password },
          keyring: { ...created.secret.publicKeys, wrapped: created.passphraseWrapped },
        });
        setServerSetUp(true);
      }
      setBusy('Signing you in…');
      const coordinator = await signIn(email, state.password);
      setBusy('Signing and publishing the first config…');
      const keys = await unlockKeySecret(created.secret);
      const draft = {
        partnershipName,
        forms: [],
        events: [],
        helplines: state.helplines,
        settings: DEFAULT_SETTINGS,
      };
      await publishConfig(
        draft,
        {
          kid: created.secret.kid,
          encryptionPublicKey: created.secret.publicKeys.encryptionPublicKey,
        },
        keys,
        0,
      );
      created.secret.wipe();
      onFinished(coordinator, keys);
    } catch (e) {
      setBusy('');
      if (e instanceof ApiFailure && e.status === 409 && !serverSetUp) {
        setAlreadySetUp(true);
        return;
      }
      setIssues([{ targetId: 'setup-finish', message: messageOf(e) }]);
    }
  }

  async function next() {
    if (busy) return;
    let found: FieldIssue[] = [];
    if (step === 0) found = accountIssues(state);
    if (step === 1)
      found = newPassphraseIssues('setup-passphrase', state.passphrase, passphraseContext(state));
    if (step === 2) {
      if (!state.created)
        found = [{ targetId: 'setup-create-keys', message: 'Create the keys first' }];
      else if (!state.kitDownloaded)
        found = [{ targetId: 'setup-download-kit', message: 'Download the recovery kit' }];
      else if (!state.codeNoted)
        found = [
          {
            targetId: 'setup-code-noted',
            message: 'Confirm you have written down the recovery code',
          },
        ];
    }
    if (step === 3) {
      setBusy('Opening the recovery kit…');
      found = await checkKit(state, kitFile, kitCode);
      setBusy('');
      if (found.length === 0) update({ kitChecked: true });
    }
    if (step === 4) found = helplineIssues(state.helplines, 'setup-helpline');
    setIssues(found);
    if (found.length > 0) return;
    if (step === 5) await finish();
    else go(step + 1);
  }

  if (alreadySetUp) {
    return (
      <PlainPage title="Already set up">
        <h1>This server is already set up</h1>
        <p>Someone finished setting up Hearth on this server. Sign in with your account instead.</p>
        <button type="button" class="button" onClick={onSignInInstead}>
          Sign in
        </button>
      </PlainPage>
    );
  }

  const stepProps = { state, update, issues, setIssues };
  return (
    <PlainPage title={title}>
      <p class="setup-step">
        Step {step + 1} of {SETUP_STEPS.length}
      </p>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <ErrorSummary issues={issues} id="setup-errors" />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void next();
        }}
      >
        {step === 0 ? <AccountStep {...stepProps} /> : null}
        {step === 1 ? <PassphraseStep {...stepProps} /> : null}
        {step === 2 ? <KeysStep {...stepProps} /> : null}
        {step === 3 ? (
          <KitCheckStep {...stepProps} setFile={setKitFile} code={kitCode} setCode={setKitCode} />
        ) : null}
        {step === 4 ? (
          <>
            <p>
              Local services appear on the tablets' thank-you screen beside the national helplines.
              You can add them now or later under Settings.
            </p>
            <HelplinesEditor
              value={state.helplines}
              onChange={(helplines) => update({ helplines })}
              showErrors={issues.length > 0}
              idPrefix="setup-helpline"
            />
          </>
        ) : null}
        {step === 5 ? (
          <>
            <p>Hearth is ready to be set up with:</p>
            <dl class="status-list">
              <dt>Partnership</dt>
              <dd>{state.partnershipName.trim()}</dd>
              <dt>First admin</dt>
              <dd>{state.email.trim()}</dd>
              <dt>Local services</dt>
              <dd>{state.helplines.length}</dd>
            </dl>
            <p>
              The server receives the public keys and the passphrase-locked copy of the private
              keys, never the keys themselves. Your browser then signs the first config with the
              built-in forms for the tablets.
            </p>
          </>
        ) : null}
        <div class="actions">
          {step === 1 || step === 5 ? (
            <button type="button" class="button secondary" onClick={() => go(step - 1)}>
              Back
            </button>
          ) : null}
          <button
            type="submit"
            class="button"
            id="setup-finish"
            aria-disabled={busy ? 'true' : undefined}
          >
            {step === 5 ? 'Set up Hearth' : 'Continue'}
          </button>
        </div>
        <p role="status" class="progress-text">
          {busy}
        </p>
      </form>
    </PlainPage>
  );
}
