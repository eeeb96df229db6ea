import type { AuditAction, AuditEntry } from '../../../protocol/api';

// Audit entries in plain words: who (a coordinator's e-mail, a tablet's name) and what.

export interface Names {
  coordinators: ReadonlyMap<string, string>;
  devices: ReadonlyMap<string, string>;
}

export function actorName(actor: string, names: Names): string {
  const [kind, id = ''] = actor.split(':', 2);
  if (kind === 'coordinator') return names.coordinators.get(id) ?? 'A coordinator no longer listed';
  if (kind === 'device') {
    const name = names.devices.get(id);
    return name ? `Tablet “${name}”` : 'A tablet no longer listed';
  }
  return 'Someone unknown';
}

type Detail = AuditEntry['detail'];
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

const WORDS: Record<AuditAction, (d: Detail, names: Names) => string> = {
  setup: (d) =>
    `Set up the partnership${d['partnershipName'] ? ` “${str(d['partnershipName'])}”` : ''}`,
  sign_in: () => 'Signed in',
  sign_in_failed: (d) =>
    d['locked'] === true ? 'Failed to sign in; sign-in is paused for a while' : 'Failed to sign in',
  sign_out: () => 'Signed out',
  config_published: (d) =>
    d['version'] !== undefined
      ? `Published configuration version ${str(d['version'])}`
      : 'Published the configuration',
  enrolment_code_created: (d) =>
    `Created an enrolment code${d['label'] ? ` for “${str(d['label'])}”` : ''}${
      d['expiresInHours'] !== undefined ? `, valid for ${str(d['expiresInHours'])} hours` : ''
    }`,
  device_enrolled: () => 'Enrolled with a one-time code',
  device_revoked: (d, names) => {
    const name = names.devices.get(str(d['deviceId']));
    return name ? `Revoked tablet “${name}”` : 'Revoked a tablet';
  },
  key_unlocked: (d) =>
    d['via'] === 'recovery_kit'
      ? 'Unlocked the partnership key with the recovery kit'
      : 'Unlocked the partnership key',
  export_aggregate: () => 'Exported counts (with disclosure control)',
  export_rows: () => 'Exported one row per response',
  coordinator_added: (d) =>
    `Added ${str(d['email']) || 'a coordinator'}${d['role'] ? ` as ${str(d['role'])}` : ''}`,
  passphrase_changed: () => 'Changed their passphrase',
};

/** Detail keys already said in the action's words; the rest are listed as they are. */
const SAID: Partial<Record<AuditAction, readonly string[]>> = {
  setup: ['partnershipName', 'email'],
  sign_in_failed: ['locked'],
  config_published: ['version'],
  enrolment_code_created: ['label', 'expiresInHours'],
  device_revoked: ['deviceId'],
  key_unlocked: ['via'],
  coordinator_added: ['coordinatorId', 'email', 'role'],
};

export function actionWords(entry: AuditEntry, names: Names): string {
  return WORDS[entry.action](entry.detail, names);
}

/** Whatever else the entry records (an export's form and period, say), as `key: value`. */
export function otherDetails(entry: AuditEntry): string {
  const said = new Set(SAID[entry.action] ?? []);
  return Object.entries(entry.detail)
    .filter(([k, v]) => !said.has(k) && v !== null)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('; ');
}

/** Categories for the screen's filter. */
export const ACTION_GROUPS: readonly { label: string; actions: readonly AuditAction[] }[] = [
  { label: 'Sign-ins and sign-outs', actions: ['sign_in', 'sign_in_failed', 'sign_out'] },
  { label: 'Key unlocks and passphrases', actions: ['key_unlocked', 'passphrase_changed'] },
  { label: 'Exports', actions: ['export_aggregate', 'export_rows'] },
  { label: 'Configuration published', actions: ['config_published', 'setup'] },
  {
    label: 'Tablets and enrolment codes',
    actions: ['enrolment_code_created', 'device_enrolled', 'device_revoked'],
  },
  { label: 'Coordinators added', actions: ['coordinator_added'] },
];
