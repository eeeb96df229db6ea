import { useState } from 'preact/hooks';
import type { CoordinatorInfo } from '../../../protocol/api';
import { PlainPage } from '../shell/PlainPage';
import { signIn } from './access-api';
import { ErrorSummary } from '../ui/ErrorSummary';
import { issueFor, type FieldIssue } from '../ui/issues';
import { Field, messageOf } from './ui';

interface Props {
  /** Why the person is here again (session ended, signed out), if they were signed in. */
  notice?: string | undefined;
  onSignedIn(coordinator: CoordinatorInfo): void;
}

export function SignInScreen({ notice, onSignedIn }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const missing: FieldIssue[] = [];
    if (email.trim() === '')
      missing.push({ targetId: 'sign-in-email', message: 'Enter your e-mail address' });
    if (password === '')
      missing.push({ targetId: 'sign-in-password', message: 'Enter your password' });
    setIssues(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      onSignedIn(await signIn(email.trim(), password));
    } catch (err) {
      setIssues([{ targetId: 'sign-in-password', message: messageOf(err) }]);
      setBusy(false);
    }
  }

  return (
    <PlainPage title="Sign in">
      <h1>Sign in</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorSummary issues={issues} id="sign-in-errors" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          id="sign-in-email"
          label="E-mail address"
          type="email"
          autoComplete="username"
          value={email}
          onInput={setEmail}
          error={issueFor(issues, 'sign-in-email')}
        />
        <Field
          id="sign-in-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          error={issueFor(issues, 'sign-in-password')}
        />
        <div class="actions">
          <button class="button" type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
    </PlainPage>
  );
}
