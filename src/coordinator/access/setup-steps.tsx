import { useState } from 'preact/hooks';
import { MIN_PASSWORD_LENGTH } from '../../../protocol/api';
import { KeyWrapError, kitPublicKeys, parseRecoveryKit, unwrapKeys } from '../../crypto';
import { PassphraseFields } from './PassphraseFields';
import { createKeys, passphraseContext, type SetupState } from './setup-state';
import { downloadText } from '../ui/download';
import { issueFor, type FieldIssue } from '../ui/issues';
import { Field, KitFileField, messageOf } from './ui';

// The first steps of the setup wizard: who, the passphrase, the keys and recovery kit, and
// the check that the kit was saved. Each step reports problems through `issues`.

const KIT_TYPE = 'application/json';

export interface StepProps {
  state: SetupState;
  update(patch: Partial<SetupState>): void;
  issues: FieldIssue[];
  setIssues(issues: FieldIssue[]): void;
}

export function AccountStep({ state, update, issues }: StepProps) {
  return (
    <>
      <p>
        Hearth keeps the responses your tablets collect sealed with the partnership's key. This
        wizard creates that key in this browser and the first admin account.
      </p>
      <Field
        id="setup-name"
        label="Partnership name"
        hint="As people will know it, for example Riverside Community Safety Partnership"
        value={state.partnershipName}
        onInput={(partnershipName) => update({ partnershipName })}
        error={issueFor(issues, 'setup-name')}
        maxLength={200}
        spellcheck
      />
      <Field
        id="setup-email"
        label="Your e-mail address"
        type="email"
        autoComplete="email"
        hint="You sign in with it. You will be the first admin."
        value={state.email}
        onInput={(email) => update({ email })}
        error={issueFor(issues, 'setup-email')}
      />
      <Field
        id="setup-password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. It signs you in to this server, so a long one keeps anyone from guessing their way in. It is not the passphrase: that comes next.`}
        value={state.password}
        onInput={(password) => update({ password })}
        error={issueFor(issues, 'setup-password')}
      />
      <Field
        id="setup-password-confirm"
        label="Type the password again"
        type="password"
        autoComplete="new-password"
        value={state.passwordConfirm}
        onInput={(passwordConfirm) => update({ passwordConfirm })}
        error={issueFor(issues, 'setup-password-confirm')}
      />
    </>
  );
}

export function PassphraseStep({ state, update, issues }: StepProps) {
  return (
    <>
      <p>
        The passphrase protects the partnership key. The server keeps only a locked copy of the key;
        without the passphrase (or the recovery kit) nobody, not even the server's administrator,
        can read a response.
      </p>
      <PassphraseFields
        idPrefix="setup-passphrase"
        label="Passphrase"
        value={state.passphrase}
        onChange={(passphrase) => update({ passphrase })}
        context={passphraseContext(state)}
        issues={issues}
      />
    </>
  );
}

export function KeysStep({ state, update, setIssues }: StepProps) {
  const [progress, setProgress] = useState('');
  const [busy, setBusy] = useState(false);
  const created = state.created;

  async function create() {
    if (busy) return;
    setBusy(true);
    setIssues([]);
    try {
      update({ created: await createKeys(state, setProgress) });
      setProgress('The keys are ready.');
    } catch (e) {
      setIssues([{ targetId: 'setup-create-keys', message: messageOf(e) }]);
      setProgress('');
    }
    setBusy(false);
  }

  return (
    <>
      {!created ? (
        <>
          <p>
            Your browser now creates the partnership's two keys: one that opens responses and one
            that signs the settings tablets receive. It locks them with your passphrase and makes a
            recovery kit.
          </p>
          <button
            type="button"
            class="button"
            id="setup-create-keys"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void create()}
          >
            Create the keys
          </button>
        </>
      ) : (
        <>
          <h2>Your recovery code</h2>
          <p>
            Write this code down now, on paper. It is shown only once. With the recovery kit file it
            opens the partnership key if every passphrase is forgotten.
          </p>
          <p class="recovery-code" id="setup-recovery-code">
            {created.recoveryCode}
          </p>
          <h2>Your recovery kit</h2>
          <p>
            Save the kit file somewhere safe, away from the code: a locked drawer for the code and
            an encrypted drive for the file, say. Whoever has both can read every response.
          </p>
          <button
            type="button"
            class="button secondary"
            id="setup-download-kit"
            onClick={() => {
              downloadText(created.kitFileName, created.kitText, KIT_TYPE);
              update({ kitDownloaded: true });
            }}
          >
            Download the recovery kit
          </button>
          {state.kitDownloaded ? <p role="status">Downloaded {created.kitFileName}.</p> : null}
          <div class="access-check">
            <input
              type="checkbox"
              id="setup-code-noted"
              checked={state.codeNoted}
              onChange={(e) => update({ codeNoted: e.currentTarget.checked })}
            />
            <label for="setup-code-noted">
              I have written down the recovery code and will keep it apart from the kit file
            </label>
          </div>
        </>
      )}
      <p role="status" class="progress-text">
        {progress}
      </p>
    </>
  );
}

/** Checks the saved kit by opening it: the chosen file and the typed code must work. */
export async function checkKit(
  state: SetupState,
  file: File | undefined,
  code: string,
): Promise<FieldIssue[]> {
  if (!file)
    return [{ targetId: 'setup-kit-file', message: 'Choose the recovery kit file you saved' }];
  if (code.trim() === '')
    return [{ targetId: 'setup-kit-code', message: 'Type the recovery code you wrote down' }];
  try {
    const kit = parseRecoveryKit(await file.text());
    if (kit.kid !== state.created?.secret.kid) {
      return [
        {
          targetId: 'setup-kit-file',
          message:
            'This is not the recovery kit made just now. Choose the file you downloaded in the last step.',
        },
      ];
    }
    await unwrapKeys(kit.recoveryWrapped, code, kitPublicKeys(kit));
    return [];
  } catch (e) {
    if (e instanceof KeyWrapError && e.code === 'wrong_passphrase') {
      return [
        {
          targetId: 'setup-kit-code',
          message: 'That recovery code does not open this kit. Check what you wrote down.',
        },
      ];
    }
    return [
      {
        targetId: 'setup-kit-file',
        message:
          e instanceof KeyWrapError ? 'This file is not a Hearth recovery kit.' : messageOf(e),
      },
    ];
  }
}

export function KitCheckStep({
  state,
  issues,
  setFile,
  code,
  setCode,
}: StepProps & {
  setFile(f: File | undefined): void;
  code: string;
  setCode(c: string): void;
}) {
  return (
    <>
      <p>
        To be sure the kit was saved and the code written down correctly, choose the kit file and
        type the code. Your browser opens the kit with it; nothing is sent.
      </p>
      <KitFileField
        id="setup-kit-file"
        error={issueFor(issues, 'setup-kit-file')}
        onFile={setFile}
      />
      <Field
        id="setup-kit-code"
        label="Recovery code"
        hint="Capitals, spaces and dashes do not matter"
        value={code}
        onInput={setCode}
        error={issueFor(issues, 'setup-kit-code')}
      />
      {state.created ? (
        <p>
          Lost the file already?{' '}
          <button
            type="button"
            class="button link"
            onClick={() =>
              state.created &&
              downloadText(state.created.kitFileName, state.created.kitText, KIT_TYPE)
            }
          >
            Download the recovery kit again
          </button>
        </p>
      ) : null}
    </>
  );
}
