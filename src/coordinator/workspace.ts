import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CoordinatorInfo, KeyringResponse } from '../../protocol/api';
import type { ConfigPayload, SignedConfig } from '../../protocol/config';
import type { UnlockedKeys } from '../crypto/unlocked-keys';

// What every coordinator screen can rely on once someone is signed in. The shell
// (CoordinatorApp) provides it; screens read it with useWorkspace().

export interface PublishedConfig {
  signed: SignedConfig;
  /** `signed.payload`, parsed and validated. */
  payload: ConfigPayload;
}

export interface Workspace {
  coordinator: CoordinatorInfo;
  keyring: KeyringResponse;
  /** The partnership's private keys, in memory only; null while locked. */
  keys: UnlockedKeys | null;
  /** The newest published config; null before the first publish. */
  config: PublishedConfig | null;
  /** Re-reads GET /config (after a publish, say). */
  refreshConfig(): Promise<void>;
  /** Forgets the keys now (the unlock screen shows next time they are needed). */
  lock(): void;
  signOut(): Promise<void>;
  /** Client-side navigation inside /coordinator (history.pushState, no reload). */
  navigate(path: string): void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() outside the coordinator workspace');
  return workspace;
}

/** Keys for screens that cannot work without them (the shell shows unlock before these). */
export function useUnlockedKeys(): UnlockedKeys {
  const { keys } = useWorkspace();
  if (!keys) throw new Error('This screen needs the partnership key unlocked');
  return keys;
}
