import { useState } from 'preact/hooks';
import { Email, MIN_PASSWORD_LENGTH, type Role } from '../../../protocol/api';
import { generateHandoverCode, KeyWrapError, rewrapKeys } from '../../crypto';
import { useWorkspace } from '../workspace';
import { addCoordinator } from './access-api';
import { unlockFailureMessage } from './UnlockScreen';
import { ErrorSummary } from '../ui/ErrorSummary';
import { issueFor, type FieldIssue } from '../ui/issues';
import { Field, messageOf } from './ui';

export interface Added {
  email: string;
  handoverCode: string;
}

const ROLES: Array<{ role: Role; label: string; hint: string }> = [
  {
    role: 'reviewer',
    label: 'Reviewer',
    hint: 'Reviews responses, exports totals, prints the board report, sees the devices.',
  },
  {
    role: 'admin',
    label: 'Admin',
    hint: 'Everything a reviewer can, and publishes settings, forms and events, enrols and revokes tablets, exports single responses, reads the audit log and adds people.',
  },
];

/** The admin re-types their passphrase; their copy is re-wrapped for the new person. */
export function AddCoordinatorForm({ onAdded }: { onAdded(added: Added): void }) {
  const { keyring } = useWorkspace();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [passphrase, setPassphrase] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    const found: FieldIssue[] = [];
    if (!Email.safeParse(email.trim()).success) {
      found.push({
        targetId: 'add-email',
        message: 'Enter their e-mail address, like name@example.org',
      });
    }
    if (password.length < MIN_PASSWORD_LENGTH) {
      found.push({
        targetId: 'add-password',
        message: `The first password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      });
    }
    if (passphrase === '')
      found.push({ targetId: 'add-passphrase', message: 'Enter your passphrase' });
    setIssues(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const handoverCode = generateHandoverCode();
      const wrapped = await rewrapKeys(
        keyring.wrapped,
        passphrase,
        handoverCode,
        'handover',
        keyring,
      );
      await addCoordinator({ email: email.trim(), password, role, wrapped });
      onAdded({ email: email.trim(), handoverCode });
      setEmail('');
      setPassword('');
      setPassphrase('');
      setRole('reviewer');
    } catch (err) {
      const onPassphrase = err instanceof KeyWrapError;
      setIssues([
        {
          targetId: onPassphrase ? 'add-passphrase' : 'add-email',
          message: onPassphrase ? unlockFailureMessage(err) : messageOf(err),
        },
      ]);
    }
    setBusy(false);
  }

  return (
    <>
      <ErrorSummary issues={issues} id="add-errors" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="add-email"
          label="Their e-mail address"
          type="email"
          value={email}
          onInput={setEmail}
          error={issueFor(issues, 'add-email')}
        />
        <Field
          id="add-password"
          label="Their first password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Tell it to them yourself.`}
          value={password}
          onInput={setPassword}
          error={issueFor(issues, 'add-password')}
        />
        <fieldset>
          <legend>Role</legend>
          <div class="options">
            {ROLES.map((r) => (
              <label class="option" key={r.role}>
                <input
                  type="radio"
                  name="add-role"
                  value={r.role}
                  checked={role === r.role}
                  onChange={() => setRole(r.role)}
                  aria-describedby={`add-role-${r.role}-hint`}
                />
                <span>
                  <strong>{r.label}</strong>
                  <span class="hint" id={`add-role-${r.role}-hint`}>
                    {' '}
                    – {r.hint}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          id="add-passphrase"
          label="Your passphrase"
          type="password"
          hint="Your browser uses it to make their own copy of the partnership key, locked with a one-time hand-over passphrase."
          value={passphrase}
          onInput={setPassphrase}
          error={issueFor(issues, 'add-passphrase')}
        />
        <div class="actions">
          <button class="button" type="submit" aria-disabled={busy ? 'true' : undefined}>
            Add coordinator
          </button>
        </div>
        <p role="status" class="progress-text">
          {busy ? 'Adding…' : ''}
        </p>
      </form>
    </>
  );
}
