import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../protocol/config';
import {
  formKId,
  fromSettingsInput,
  IDLE_ID,
  K_ID,
  toSettingsInput,
} from '../../../../src/coordinator/manage/settings';

const title = (id: string) => `Form ${id}`;

describe('settings as typed', () => {
  it('round-trips published settings, keeping switched-off forms', () => {
    const base = {
      ...DEFAULT_SETTINGS,
      suppressionKByForm: { 'survivor-feedback': 12 },
      disabledForms: ['training-feedback'],
    };
    const input = toSettingsInput(base);
    expect(input).toEqual({
      k: '10',
      idleSeconds: '90',
      kByForm: { 'survivor-feedback': '12' },
    });
    expect(fromSettingsInput(input, base, title)).toEqual({ ok: true, settings: base });
  });

  it('drops blank per-form k and leaves no empty map behind', () => {
    const base = { ...DEFAULT_SETTINGS, suppressionKByForm: { a: 12 } };
    const check = fromSettingsInput(
      { k: ' 15 ', idleSeconds: '120', kByForm: { a: '' } },
      base,
      title,
    );
    expect(check).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, suppressionK: 15, idleSeconds: 120 },
    });
  });

  it('never accepts k below 5, and says which field is wrong', () => {
    const check = fromSettingsInput(
      { k: '4', idleSeconds: '20', kByForm: { a: '3', b: '7', c: 'ten' } },
      DEFAULT_SETTINGS,
      title,
    );
    expect(check.ok).toBe(false);
    const issues = check.ok ? [] : check.issues;
    expect(issues.map((i) => i.targetId)).toEqual([K_ID, IDLE_ID, formKId('a'), formKId('c')]);
    expect(issues[2]!.message).toBe(
      'Enter k for “Form a” from 5 to 100, or leave it blank to use the default',
    );
  });

  it('refuses fractions and numbers above the limits', () => {
    const check = fromSettingsInput(
      { k: '7.5', idleSeconds: '601', kByForm: { a: '101' } },
      DEFAULT_SETTINGS,
      title,
    );
    expect(check.ok ? 0 : check.issues.length).toBe(3);
  });
});
