import { describe, expect, it } from 'vitest';
import {
  emptyHelpline,
  helplineFieldErrors,
  helplineIssues,
  moveItem,
  setHelplineField,
} from '../../../../src/coordinator/manage/helplines';
import { firstPerTarget, formatPath } from '../../../../src/coordinator/manage/issues';

describe('local services editing', () => {
  it('leaves an emptied optional field out instead of keeping ""', () => {
    const h = setHelplineField(
      { name: 'IDVA', phone: '0161 555 0100', hours: '9-5' },
      'hours',
      ' ',
    );
    expect(h).toEqual({ name: 'IDVA', phone: '0161 555 0100' });
    expect('hours' in h).toBe(false);
    expect(setHelplineField(h, 'description', 'Advocacy')).toEqual({
      ...h,
      description: 'Advocacy',
    });
    // Required fields keep what was typed, even empty, so the error can say so.
    expect(setHelplineField(h, 'name', '')).toEqual({ ...h, name: '' });
  });

  it('reports problems by field in plain words', () => {
    expect(helplineFieldErrors({ name: 'IDVA', phone: '0161 555 0100' })).toEqual({});
    const errors = helplineFieldErrors({
      ...emptyHelpline(),
      phone: 'call us',
      hours: 'x'.repeat(101),
    });
    expect(Object.keys(errors).sort()).toEqual(['hours', 'name', 'phone']);
    expect(errors.phone).toMatch(/digits, spaces/);
  });

  it('lists every problem linked to its input, numbered from 1', () => {
    const issues = helplineIssues(
      [
        { name: 'ok', phone: '999' },
        { name: '', phone: '1' },
      ],
      'local',
    );
    expect(issues.map((i) => i.targetId)).toEqual(['local-1-name', 'local-1-phone']);
    expect(issues[0]!.message).toMatch(/^Local service 2: Enter the service’s name/);
  });

  it('moves an item without touching the original list', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('issue paths', () => {
  it('reads like JSON access', () => {
    expect(formatPath(['questions', 3, 'options', 0, 'id'])).toBe('questions[3].options[0].id');
    expect(formatPath([])).toBe('');
    expect(formatPath([2, 'name'])).toBe('[2].name');
  });

  it('keeps the first problem per target', () => {
    const issues = [
      { targetId: 'a', message: '1' },
      { targetId: 'b', message: '2' },
      { targetId: 'a', message: '3' },
    ];
    expect(firstPerTarget(issues).map((i) => i.message)).toEqual(['1', '2']);
  });
});
