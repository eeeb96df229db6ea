import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../protocol/config';
import type { Form } from '../../../../protocol/form';
import {
  checkUploadedForm,
  formGroups,
  questionCount,
  switchOffEffect,
  translationSummary,
  withFormEnabled,
} from '../../../../src/coordinator/manage/form-catalogue';
import { BUILTIN_FORMS, survivorFeedback, trainingFeedback } from '../../../../src/forms/builtin';

const clone = (form: Form): Record<string, unknown> & { questions: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(form));

describe('forms grouped by id', () => {
  it('lists built-in and published versions side by side, oldest first', () => {
    const v3: Form = { ...survivorFeedback, version: 3 };
    const v2: Form = { ...survivorFeedback, version: 2 };
    const groups = formGroups(BUILTIN_FORMS, [v3, v2], {
      disabledForms: [trainingFeedback.id],
    });
    expect(groups.map((g) => g.id)).toEqual(BUILTIN_FORMS.map((f) => f.id));
    const survivor = groups.find((g) => g.id === survivorFeedback.id)!;
    expect(survivor.versions.map((v) => [v.form.version, v.source])).toEqual([
      [1, 'built-in'],
      [2, 'published'],
      [3, 'published'],
    ]);
    expect(survivor.enabled).toBe(true);
    expect(groups.find((g) => g.id === trainingFeedback.id)!.enabled).toBe(false);
  });

  it('adds a group for a form only the partnership published', () => {
    const custom: Form = { ...trainingFeedback, id: 'school-feedback', version: 1 };
    const groups = formGroups(BUILTIN_FORMS, [custom], DEFAULT_SETTINGS);
    expect(groups.at(-1)?.id).toBe('school-feedback');
  });

  it('summarises translations and counts questions that ask something', () => {
    expect(translationSummary(survivorFeedback)).toEqual([
      { locale: 'pl', status: 'draft' },
      { locale: 'ro', status: 'draft' },
      { locale: 'ur', status: 'draft' },
      { locale: 'ar', status: 'draft' },
    ]);
    expect(translationSummary({ ...survivorFeedback, translations: {} })).toEqual([]);
    const n = survivorFeedback.questions.filter((q) => q.type !== 'info').length;
    expect(questionCount(survivorFeedback)).toBe(n);
  });

  it('names what else stops when a form the kiosk needs is switched off', () => {
    expect(switchOffEffect('survivor-feedback')).toMatch(/kiosk/);
    expect(switchOffEffect('school-feedback')).toBeUndefined();
  });
});

describe('switching forms on and off', () => {
  it('adds and removes ids, leaving no empty list behind', () => {
    const off = withFormEnabled(DEFAULT_SETTINGS, 'a', false);
    expect(off.disabledForms).toEqual(['a']);
    expect(withFormEnabled(off, 'a', false).disabledForms).toEqual(['a']);
    const both = withFormEnabled(off, 'b', false);
    expect(both.disabledForms).toEqual(['a', 'b']);
    const on = withFormEnabled(withFormEnabled(both, 'a', true), 'b', true);
    expect(on).toEqual(DEFAULT_SETTINGS);
    expect('disabledForms' in on).toBe(false);
  });
});

describe('uploaded form definitions', () => {
  it('accepts a valid form with a higher version', () => {
    const next = { ...clone(survivorFeedback), version: 2 };
    const check = checkUploadedForm(JSON.stringify(next), BUILTIN_FORMS);
    expect(check.ok && check.form.version).toBe(2);
  });

  it('says where JSON is broken, with line and column', () => {
    const check = checkUploadedForm('{\n  "id": "x",\n  "version": 1,\n}', []);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems[0]).toMatch(/^This is not valid JSON: .*line 4/);
  });

  it('asks for something when nothing was given', () => {
    const check = checkUploadedForm('  ', []);
    expect(!check.ok && check.problems).toEqual(['Choose a file or paste a form definition.']);
  });

  it('lists schema problems by path', () => {
    const bad = { ...clone(survivorFeedback), version: 5, colour: 'red' };
    const choice = bad.questions.findIndex((q) => q['type'] === 'choice');
    const question = bad.questions[choice] as { options: { value: string }[] };
    question.options[0]!.value = 'Not A Slug';
    bad.questions[0]!['label'] = { en: ' ' };
    const check = checkUploadedForm(JSON.stringify(bad), BUILTIN_FORMS);
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems;
    expect(problems).toContain('questions[0].label.en: text must not be blank');
    expect(problems).toContain(
      `questions[${choice}].options[0].value: use a-z, 0-9 and _, starting with a letter`,
    );
    expect(problems).toContain('unknown field: colour');
  });

  it('refuses a version that is not higher than every known version of that id', () => {
    const same = JSON.stringify(survivorFeedback);
    const check = checkUploadedForm(same, BUILTIN_FORMS);
    expect(!check.ok && check.problems[0]).toMatch(/^version: must be higher than 1/);
    const published: Form = { ...survivorFeedback, version: 4 };
    const three = JSON.stringify({ ...clone(survivorFeedback), version: 3 });
    expect(checkUploadedForm(three, [...BUILTIN_FORMS, published]).ok).toBe(false);
  });
});
