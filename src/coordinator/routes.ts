// Paths inside the coordinator workspace. The shell maps them to screens; screens link with
// these constants so a renamed path breaks the build, not a link.

export const COORDINATOR_PATHS = {
  overview: '/coordinator',
  form: '/coordinator/forms/', // + form id, e.g. /coordinator/forms/survivor-feedback
  freeText: '/coordinator/free-text',
  exports: '/coordinator/exports',
  report: '/coordinator/report',
  manageForms: '/coordinator/manage/forms',
  manageEvents: '/coordinator/manage/events',
  settings: '/coordinator/manage/settings',
  devices: '/coordinator/devices',
  people: '/coordinator/people',
  audit: '/coordinator/audit',
  setup: '/coordinator/setup',
  signIn: '/coordinator/sign-in',
  unlock: '/coordinator/unlock',
  /** Change your own passphrase. */
  account: '/coordinator/account',
  /** Restore access with the recovery kit file and code. */
  recover: '/coordinator/recover',
} as const;
