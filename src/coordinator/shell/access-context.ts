import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UnlockedKeys } from '../../crypto';

// What the access screens need from the shell beyond the Workspace contract: the signed-in
// coordinator's wrapped copy changes when they choose or change their passphrase.

export interface AccessActions {
  /** The server now holds `wrapped` as this coordinator's copy (after PUT /keyring/wrapped). */
  replaceWrapped(wrapped: string): void;
  /** Keys unlocked outside the unlock screen (the recovery kit): hold them, audit the unlock. */
  unlocked(keys: UnlockedKeys): void;
}

export const AccessContext = createContext<AccessActions | null>(null);

export function useAccessActions(): AccessActions {
  const actions = useContext(AccessContext);
  if (!actions) throw new Error('useAccessActions() outside the coordinator shell');
  return actions;
}
