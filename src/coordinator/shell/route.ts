import { COORDINATOR_PATHS as P } from '../routes';

// Which screen a /coordinator path shows, what it is called (the page title), and what it
// needs: the unlocked key (review and publishing screens) or the admin role.

export type ScreenName =
  | 'overview'
  | 'form'
  | 'freeText'
  | 'exports'
  | 'report'
  | 'manageForms'
  | 'manageEvents'
  | 'settings'
  | 'devices'
  | 'people'
  | 'audit'
  | 'account'
  | 'recover'
  | 'unlock'
  | 'notFound';

export interface ShellRoute {
  screen: ScreenName;
  /** For `form`: the form id from the path. */
  formId?: string;
  title: string;
  needsKeys: boolean;
  adminOnly: boolean;
  /** Shown inside the review data provider (the dataset loads once for all of them). */
  review: boolean;
}

interface Meta {
  path: string;
  title: string;
  needsKeys?: boolean;
  adminOnly?: boolean;
  review?: boolean;
}

const SCREENS: Record<Exclude<ScreenName, 'form' | 'notFound'>, Meta> = {
  overview: { path: P.overview, title: 'Overview', needsKeys: true, review: true },
  freeText: { path: P.freeText, title: 'Free text', needsKeys: true, review: true },
  exports: { path: P.exports, title: 'Exports', needsKeys: true, review: true },
  report: { path: P.report, title: 'Board report', needsKeys: true, review: true },
  manageForms: { path: P.manageForms, title: 'Forms', needsKeys: true, adminOnly: true },
  manageEvents: { path: P.manageEvents, title: 'Events', needsKeys: true, adminOnly: true },
  settings: { path: P.settings, title: 'Settings', needsKeys: true, adminOnly: true },
  devices: { path: P.devices, title: 'Devices' },
  people: { path: P.people, title: 'People', adminOnly: true },
  audit: { path: P.audit, title: 'Audit log', adminOnly: true },
  account: { path: P.account, title: 'Your passphrase' },
  recover: { path: P.recover, title: 'Use the recovery kit' },
  unlock: { path: P.unlock, title: 'Unlock', needsKeys: true },
};

function route(screen: ScreenName, meta: Omit<Meta, 'path'>, formId?: string): ShellRoute {
  return {
    screen,
    ...(formId === undefined ? {} : { formId }),
    title: meta.title,
    needsKeys: meta.needsKeys ?? false,
    adminOnly: meta.adminOnly ?? false,
    review: meta.review ?? false,
  };
}

/** Trailing slashes ignored; sign-in and setup paths are handled before the workspace. */
export function shellRouteOf(pathname: string): ShellRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path.startsWith(P.form)) {
    let formId: string;
    try {
      formId = decodeURIComponent(path.slice(P.form.length));
    } catch {
      formId = '';
    }
    if (/^[a-z0-9_-]{1,64}$/.test(formId)) {
      return route('form', { title: 'Form results', needsKeys: true, review: true }, formId);
    }
  }
  for (const [screen, meta] of Object.entries(SCREENS) as Array<[ScreenName, Meta]>) {
    if (meta.path === path) return route(screen, meta);
  }
  return route('notFound', { title: 'Page not found' });
}

/** The path of a form's results screen. */
export function formPath(formId: string): string {
  return P.form + encodeURIComponent(formId);
}
