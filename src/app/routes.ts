import type { Lock } from '../storage/lock';

export type Route = 'kiosk' | 'cover' | 'outreach' | 'coordinator' | 'not-found';

export const PATHS: Record<Exclude<Route, 'not-found'>, string> = {
  kiosk: '/kiosk',
  cover: '/today',
  outreach: '/outreach',
  coordinator: '/coordinator',
};

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/kiosk') return 'kiosk';
  if (path === '/today') return 'cover';
  if (path === '/outreach' || path === '/') return 'outreach';
  // The coordinator workspace routes inside itself (src/coordinator/shell/route.ts).
  if (path === '/coordinator' || path.startsWith('/coordinator/')) return 'coordinator';
  return 'not-found';
}

/**
 * Where a locked device must be instead, if anywhere. A device in kiosk mode only shows the
 * kiosk or the cover screen; after a quick exit it only shows the cover screen. Both hold
 * across reloads and typed URLs, until a staff PIN clears the lock.
 */
export function lockedRedirect(route: Route, lock: Lock | undefined): string | undefined {
  if (lock === 'cover' && route !== 'cover') return PATHS.cover;
  if (lock === 'kiosk' && route !== 'kiosk' && route !== 'cover') return PATHS.kiosk;
  return undefined;
}

/** Navigate without leaving a history entry, so Back never returns to the previous screen. */
export function replaceTo(path: string): void {
  location.replace(path);
}
