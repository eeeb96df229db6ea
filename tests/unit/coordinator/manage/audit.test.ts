import { describe, expect, it } from 'vitest';
import { AuditAction, type AuditEntry } from '../../../../protocol/api';
import {
  ACTION_GROUPS,
  actionWords,
  actorName,
  otherDetails,
  type Names,
} from '../../../../src/coordinator/manage/audit';

const names: Names = {
  coordinators: new Map([['c1', 'ada@example.org']]),
  devices: new Map([['d1', 'Outreach tablet 3']]),
};

const entry = (action: AuditEntry['action'], detail: AuditEntry['detail'] = {}): AuditEntry => ({
  seq: 1,
  day: '2025-03-08',
  actor: 'coordinator:c1',
  action,
  detail,
});

describe('audit entries in plain words', () => {
  it('names coordinators by e-mail and tablets by name', () => {
    expect(actorName('coordinator:c1', names)).toBe('ada@example.org');
    expect(actorName('device:d1', names)).toBe('Tablet “Outreach tablet 3”');
    expect(actorName('coordinator:gone', names)).toBe('A coordinator no longer listed');
    expect(actorName('device:gone', names)).toBe('A tablet no longer listed');
    expect(actorName('unknown', names)).toBe('Someone unknown');
  });

  it('says what happened, with the details that matter', () => {
    expect(actionWords(entry('config_published', { version: 4 }), names)).toBe(
      'Published configuration version 4',
    );
    expect(
      actionWords(
        entry('enrolment_code_created', { label: 'Tablet 3', expiresInHours: 24 }),
        names,
      ),
    ).toBe('Created an enrolment code for “Tablet 3”, valid for 24 hours');
    expect(
      actionWords(entry('enrolment_code_created', { label: null, expiresInHours: 2 }), names),
    ).toBe('Created an enrolment code, valid for 2 hours');
    expect(actionWords(entry('device_revoked', { deviceId: 'd1' }), names)).toBe(
      'Revoked tablet “Outreach tablet 3”',
    );
    expect(actionWords(entry('sign_in_failed', { locked: true }), names)).toMatch(/paused/);
    expect(
      actionWords(entry('coordinator_added', { email: 'bo@example.org', role: 'reviewer' }), names),
    ).toBe('Added bo@example.org as reviewer');
    expect(actionWords(entry('key_unlocked', { via: 'recovery_kit' }), names)).toMatch(
      /recovery kit/,
    );
  });

  it('has words for every action the server records', () => {
    for (const action of AuditAction.options) {
      expect(actionWords(entry(action), names)).not.toBe('');
    }
  });

  it('lists details not already said, such as what an export covered', () => {
    expect(otherDetails(entry('config_published', { version: 4 }))).toBe('');
    expect(
      otherDetails(entry('export_rows', { formId: 'survivor-feedback', rows: 12, note: null })),
    ).toBe('formId: survivor-feedback; rows: 12');
  });

  it('puts every action in exactly one filter group', () => {
    const grouped = ACTION_GROUPS.flatMap((g) => g.actions);
    expect([...grouped].sort()).toEqual([...AuditAction.options].sort());
  });
});
