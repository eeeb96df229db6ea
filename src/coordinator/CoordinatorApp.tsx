import { useEffect, useState } from 'preact/hooks';
import type { CoordinatorInfo, KeyringResponse } from '../../protocol/api';
import type { UnlockedKeys } from '../crypto';
import { currentSession, fetchConfig, fetchKeyring, isInitialised } from './access/access-api';
import { SetupWizard } from './access/SetupWizard';
import { SignInScreen } from './access/SignInScreen';
import { messageOf } from './access/ui';
import { onSessionExpired } from './api';
import { COORDINATOR_PATHS } from './routes';
import { PlainPage } from './shell/PlainPage';
import { WorkspaceShell } from './shell/WorkspaceShell';
import type { PublishedConfig } from './workspace';

// The coordinator workspace at /coordinator: first-run setup, sign-in, then the workspace
// shell (navigation, unlock, screens). Which of these shows depends on the server, asked in
// that order: is it set up (GET /setup), is someone signed in (GET /session), then their
// keyring and the published config.

export const SESSION_ENDED = 'Your session has ended. Sign in again.';

type Phase =
  | { name: 'loading' }
  | { name: 'failed'; message: string }
  | { name: 'setup' }
  | { name: 'sign-in'; notice?: string | undefined }
  | {
      name: 'workspace';
      coordinator: CoordinatorInfo;
      keyring: KeyringResponse;
      config: PublishedConfig | null;
      keys?: UnlockedKeys | undefined;
      devicesHint?: string | undefined;
    };

/** What happens after setup: shown on the devices screen the wizard lands on. */
export const AFTER_SETUP_HINT =
  'Hearth is set up and the first config is published. Next: enrol a tablet. Create an enrolment code here and type it on the tablet (or scan its QR code) under "Enrol this tablet".';

function replacePath(path: string) {
  if (location.pathname !== path) history.replaceState(null, '', path);
}

export function CoordinatorApp() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  async function enterWorkspace(
    coordinator: CoordinatorInfo,
    extra: { keys?: UnlockedKeys; devicesHint?: string } = {},
  ) {
    const keyring = await fetchKeyring();
    const config = await fetchConfig(keyring);
    const p = location.pathname.replace(/\/+$/, '');
    if (p === COORDINATOR_PATHS.signIn || p === COORDINATOR_PATHS.setup) {
      replacePath(COORDINATOR_PATHS.overview);
    }
    setPhase({ name: 'workspace', coordinator, keyring, config, ...extra });
  }

  async function boot() {
    setPhase({ name: 'loading' });
    try {
      if (!(await isInitialised())) {
        replacePath(COORDINATOR_PATHS.setup);
        setPhase({ name: 'setup' });
        return;
      }
      const coordinator = await currentSession();
      if (!coordinator) {
        setPhase({ name: 'sign-in' });
        return;
      }
      await enterWorkspace(coordinator);
    } catch (e) {
      setPhase({ name: 'failed', message: messageOf(e) });
    }
  }

  useEffect(() => {
    void boot();
    // Any 401 from the server ends the workspace: the keys go with it (unmounted).
    return onSessionExpired(() => setPhase({ name: 'sign-in', notice: SESSION_ENDED }));
  }, []);

  switch (phase.name) {
    case 'loading':
      return (
        <PlainPage title="Loading">
          <h1>Hearth coordinator</h1>
          <p role="status">Loading…</p>
        </PlainPage>
      );
    case 'failed':
      return (
        <PlainPage title="Cannot reach the server">
          <h1>Cannot reach the server</h1>
          <p class="notice warning">{phase.message}</p>
          <button type="button" class="button" onClick={() => void boot()}>
            Try again
          </button>
        </PlainPage>
      );
    case 'setup':
      return (
        <SetupWizard
          onSignInInstead={() => setPhase({ name: 'sign-in' })}
          onFinished={(coordinator, keys) => {
            replacePath(COORDINATOR_PATHS.devices);
            void enterWorkspace(coordinator, { keys, devicesHint: AFTER_SETUP_HINT }).catch((e) =>
              setPhase({ name: 'failed', message: messageOf(e) }),
            );
          }}
        />
      );
    case 'sign-in':
      return (
        <SignInScreen
          notice={phase.notice}
          onSignedIn={(coordinator) =>
            void enterWorkspace(coordinator).catch((e) =>
              setPhase({ name: 'failed', message: messageOf(e) }),
            )
          }
        />
      );
    case 'workspace':
      return (
        <WorkspaceShell
          coordinator={phase.coordinator}
          keyring={phase.keyring}
          config={phase.config}
          initialKeys={phase.keys}
          devicesHint={phase.devicesHint}
          onSignedOut={(notice) => setPhase({ name: 'sign-in', notice })}
        />
      );
  }
}
