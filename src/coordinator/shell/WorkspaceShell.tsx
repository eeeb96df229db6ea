import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CoordinatorInfo, KeyringResponse } from '../../../protocol/api';
import { wrappedPurpose, type UnlockedKeys } from '../../crypto';
import { latestForm } from '../../forms/catalogue';
import { fetchConfig, postAudit, signOut as endSession } from '../access/access-api';
import { HandoverPassphraseScreen } from '../access/ChangePassphrase';
import { UnlockScreen } from '../access/UnlockScreen';
import { messageOf } from '../access/ui';
import { keepSessionAlive } from '../api';
import { COORDINATOR_PATHS } from '../routes';
import { WorkspaceContext, type PublishedConfig, type Workspace } from '../workspace';
import { AccessContext, type AccessActions } from './access-context';
import { focusHeadingWhenReady } from './focus';
import { Nav } from './Nav';
import { pageTitle } from './PlainPage';
import { shellRouteOf, type ShellRoute } from './route';
import { Loading, ScreenView } from './ScreenView';
import { useReviewProvider } from './screens';
import { useInactivity } from './use-inactivity';
import '../shell.css';

export const INACTIVITY_MESSAGE =
  'The partnership key was locked because nothing happened for 15 minutes. Unlock it again to go on.';

interface Props {
  coordinator: CoordinatorInfo;
  keyring: KeyringResponse;
  config: PublishedConfig | null;
  /** Keys already unlocked (straight after setup). */
  initialKeys?: UnlockedKeys | undefined;
  /** A notice for the devices screen (after setup: what to do next). */
  devicesHint?: string | undefined;
  onSignedOut(notice: string): void;
}

type View = 'screen' | 'unlock' | 'handover' | 'not-allowed';

function viewOf(
  route: ShellRoute,
  keys: UnlockedKeys | null,
  handover: boolean,
  admin: boolean,
): View {
  if (route.adminOnly && !admin) return 'not-allowed';
  if (keys && handover) return 'handover';
  if (route.needsKeys && !keys) return 'unlock';
  return 'screen';
}

function titleOf(view: View, route: ShellRoute, config: PublishedConfig | null): string {
  if (view === 'unlock') return 'Unlock';
  if (view === 'handover') return 'Choose your own passphrase';
  if (view === 'not-allowed') return 'Not available';
  if (route.screen === 'form' && route.formId) {
    const form = latestForm(route.formId, config?.payload.forms ?? []);
    return form ? `${form.title.en} – results` : route.title;
  }
  return route.title;
}

function isHandoverCopy(wrapped: string): boolean {
  try {
    return wrappedPurpose(wrapped) === 'handover';
  } catch {
    return false;
  }
}

/** Same-origin links into /coordinator navigate in place, wherever a screen renders them. */
function internalPath(e: MouseEvent): string | undefined {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
    return undefined;
  }
  const anchor = (e.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/coordinator')) return undefined;
  return url.pathname + url.search;
}

export function WorkspaceShell(props: Props) {
  const { coordinator, onSignedOut } = props;
  const [keyring, setKeyring] = useState(props.keyring);
  const [config, setConfig] = useState(props.config);
  const [keys, setKeys] = useState<UnlockedKeys | null>(props.initialKeys ?? null);
  const [lockReason, setLockReason] = useState<string>();
  const [handoverSecret, setHandoverSecret] = useState<string>();
  // Path and query (the free-text screen reads ?form=); the route depends on the path only.
  const [here, setHere] = useState(location.pathname + location.search);
  const path = new URL(here, location.href).pathname;
  const cameFrom = useRef<string>();
  const mainRef = useRef<HTMLElement>(null);
  const provider = useReviewProvider();

  const route = shellRouteOf(path);
  const admin = coordinator.role === 'admin';
  const view = viewOf(route, keys, handoverSecret !== undefined, admin);
  const title = titleOf(view, route, config);

  function navigate(to: string, replace = false) {
    const url = new URL(to, location.href);
    const next = url.pathname + url.search;
    const current = location.pathname + location.search;
    if (replace) history.replaceState(null, '', next);
    else if (next !== current) {
      cameFrom.current = current;
      history.pushState(null, '', next);
    }
    setHere(next);
  }

  function lock(reason?: string) {
    setKeys(null);
    setHandoverSecret(undefined);
    setLockReason(reason);
  }

  useInactivity(
    keys !== null,
    () => lock(INACTIVITY_MESSAGE),
    () => void keepSessionAlive(),
  );

  useEffect(() => {
    const onPop = () => setHere(location.pathname + location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);

  // Focus the new heading whenever what the main area shows changes (not on first load).
  const viewKey = `${here}|${view}`;
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    const main = mainRef.current;
    return main ? focusHeadingWhenReady(main) : undefined;
  }, [viewKey]);

  // The unlock path has nothing to show once the key is unlocked: back to where the person
  // came from (a publishing screen sends them here), else the overview.
  useEffect(() => {
    if (route.screen !== 'unlock' || !keys) return;
    const back = cameFrom.current;
    const usable =
      back !== undefined && shellRouteOf(new URL(back, location.href).pathname).screen !== 'unlock';
    navigate(usable ? back : COORDINATOR_PATHS.overview, true);
  }, [route.screen, keys]);

  const workspace = useMemo<Workspace>(
    () => ({
      coordinator,
      keyring,
      keys,
      config,
      async refreshConfig() {
        setConfig(await fetchConfig(keyring));
      },
      lock: () => lock(),
      async signOut() {
        lock();
        try {
          await endSession();
          onSignedOut('You have signed out.');
        } catch (e) {
          onSignedOut(
            `The key is locked, but signing out did not reach the server: ${messageOf(e)}`,
          );
        }
      },
      navigate: (to: string) => navigate(to),
    }),
    [coordinator, keyring, keys, config],
  );

  const actions = useMemo<AccessActions>(
    () => ({
      replaceWrapped: (wrapped) => setKeyring((k) => ({ ...k, wrapped })),
      unlocked(unlockedKeys) {
        setKeys(unlockedKeys);
        setLockReason(undefined);
        void postAudit({ action: 'key_unlocked', detail: { via: 'recovery_kit' } }).catch(
          () => undefined,
        );
      },
    }),
    [],
  );

  function onUnlocked(unlockedKeys: UnlockedKeys, secret: string) {
    setHandoverSecret(isHandoverCopy(keyring.wrapped) ? secret : undefined);
    setLockReason(undefined);
    setKeys(unlockedKeys);
  }

  let content: ComponentChildren;
  if (view === 'not-allowed') {
    content = (
      <>
        <h1>Not available</h1>
        <p>Only an admin can use this page. Ask an admin of your partnership if you need it.</p>
      </>
    );
  } else if (view === 'handover' && handoverSecret !== undefined) {
    content = (
      <HandoverPassphraseScreen
        handoverSecret={handoverSecret}
        onDone={() => setHandoverSecret(undefined)}
      />
    );
  } else if (view === 'unlock') {
    content = <UnlockScreen reason={lockReason} onUnlocked={onUnlocked} />;
  } else {
    content = (
      <ScreenView route={route}>
        {route.screen === 'devices' && props.devicesHint ? (
          <p class="notice" role="status">
            {props.devicesHint}
          </p>
        ) : null}
      </ScreenView>
    );
  }

  return (
    <WorkspaceContext.Provider value={workspace}>
      <AccessContext.Provider value={actions}>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <header class="coord-header">
          <p class="coord-brand">
            {config?.payload.partnershipName ?? 'Hearth'}
            <span class="coord-brand-sub"> · Hearth coordinator</span>
          </p>
          <div class="coord-session">
            <span>
              {coordinator.email} ({coordinator.role})
            </span>
            <span class="coord-key-state">{keys ? 'Key unlocked' : 'Key locked'}</span>
            {keys ? (
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  workspace.lock();
                  // The button goes away with the key: put focus on the page's heading.
                  requestAnimationFrame(
                    () => mainRef.current && focusHeadingWhenReady(mainRef.current),
                  );
                }}
              >
                Lock now
              </button>
            ) : null}
            <button type="button" class="button secondary" onClick={() => void workspace.signOut()}>
              Sign out
            </button>
          </div>
        </header>
        <div
          class="coord-layout"
          onClick={(e) => {
            const to = internalPath(e);
            if (to === undefined) return;
            e.preventDefault();
            navigate(to);
          }}
        >
          <Nav role={coordinator.role} current={route.screen} navigate={navigate} />
          <main id="main" tabIndex={-1} class="coord-main" ref={mainRef}>
            {!provider ? (
              <Loading />
            ) : provider.ok ? (
              <provider.value>{content}</provider.value>
            ) : (
              content
            )}
          </main>
        </div>
      </AccessContext.Provider>
    </WorkspaceContext.Provider>
  );
}
