import { describe, expect, it } from 'vitest';
import type { Form } from '../../../protocol/form';
import { DEFAULT_SETTINGS } from '../../../protocol/config';
import {
  isFormEnabled,
  latestForm,
  latestFormsFor,
  offeredForm,
} from '../../../src/forms/catalogue';
import {
  expertsByExperience,
  survivorFeedback,
  trainingFeedback,
} from '../../../src/forms/builtin';

const v2: Form = { ...survivorFeedback, version: survivorFeedback.version + 1 };

describe('forms a device offers', () => {
  it('offers the newest version of a form that is switched on', () => {
    const config = { forms: [v2], settings: DEFAULT_SETTINGS };
    expect(offeredForm('survivor-feedback', config)).toBe(v2);
    expect(isFormEnabled('survivor-feedback', DEFAULT_SETTINGS)).toBe(true);
  });

  it('does not offer a switched-off form for new responses, but still finds it for labels', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledForms: ['survivor-feedback'] };
    const config = { forms: [v2], settings };
    expect(isFormEnabled('survivor-feedback', settings)).toBe(false);
    expect(offeredForm('survivor-feedback', config)).toBeUndefined();
    // Waiting records and paused drafts of a switched-off form keep their titles.
    expect(latestForm('survivor-feedback', config.forms)).toBe(v2);
  });

  it('leaves switched-off questionnaires out of the list to start, keeping the others', () => {
    const all = latestFormsFor('assisted', []).map((f) => f.id);
    expect(all).toEqual(expect.arrayContaining([expertsByExperience.id, trainingFeedback.id]));
    const some = latestFormsFor('assisted', [], [expertsByExperience.id]).map((f) => f.id);
    expect(some).not.toContain(expertsByExperience.id);
    expect(some).toContain(trainingFeedback.id);
  });

  it('switching one form off leaves another form of the same audience alone', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledForms: ['survivor-feedback-easy-read'] };
    expect(offeredForm('survivor-feedback', { forms: [], settings })).toBe(survivorFeedback);
  });
});
