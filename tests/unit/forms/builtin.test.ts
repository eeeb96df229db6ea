import { describe, expect, it } from 'vitest';
import { Form, type Question } from '../../../protocol/form';
import { BUILTIN_FORMS, survivorFeedback } from '../../../src/forms/builtin';
import { cleanAnswers, screens, validateAnswers, visibleScreens } from '../../../src/forms/engine';
import { issuesOf } from './helpers';

describe('built-in forms', () => {
  it('all pass the schema and have unique ids', () => {
    for (const f of BUILTIN_FORMS) expect(issuesOf(Form.safeParse(f)), f.id).toEqual([]);
    expect(new Set(BUILTIN_FORMS.map((f) => f.id)).size).toBe(BUILTIN_FORMS.length);
  });
});

describe('survivor feedback form', () => {
  const f = survivorFeedback;
  const byId = (id: string) => f.questions.find((q) => q.id === id) as Question;
  const ids = (s: Question[][]) => s.map((screen) => screen.map((q) => q.id));

  it('is the anonymous kiosk feedback form, version 1', () => {
    expect(f).toMatchObject({
      id: 'survivor-feedback',
      version: 1,
      kind: 'feedback',
      audience: 'kiosk',
      anonymous: true,
    });
  });
  it('makes every item optional', () => {
    expect(f.questions.filter((q) => q.required)).toEqual([]);
    expect(validateAnswers(f, {})).toEqual([]);
  });
  it('uses the 5-point agree scale with labelled points and "prefer not to say"', () => {
    const scales = f.questions.filter((q) => q.type === 'scale');
    expect(scales.map((q) => q.id)).toEqual([
      'listened',
      'respected',
      'had_a_say',
      'safer',
      'daily_life',
      'know_help',
    ]);
    for (const q of scales) {
      expect(q.points).toBe(5);
      expect(q.preferNotToSay).toBe(true);
      expect(q.pointLabels?.map((l) => l.en)).toEqual([
        'Strongly disagree',
        'Disagree',
        'Not sure',
        'Agree',
        'Strongly agree',
      ]);
    }
  });
  it('asks how many times they told their story, with "prefer not to say"', () => {
    const q = byId('times_told');
    expect(q.type === 'choice' && q.options.map((o) => o.value)).toEqual([
      'none',
      'once',
      'two_three',
      'four_plus',
    ]);
    expect(q.type === 'choice' && q.preferNotToSay).toBe(true);
  });
  it('warns against names in the free text and limits it to 1000 characters', () => {
    const q = byId('improve');
    expect(q.type).toBe('text');
    expect(q.type === 'text' && q.maxLength).toBe(1000);
    expect(q.type === 'text' && q.warning?.en).toMatch(/names/);
  });
  it('shows the "about you" items only to people who choose to answer them', () => {
    const about = ['age_band', 'gender', 'disability', 'ethnicity', 'lgbt'];
    const shown = (answers: Record<string, unknown>) => visibleScreens(f, answers).flat();
    for (const id of about) {
      const q = byId(id);
      expect(q.showIf).toEqual({ q: 'about_you', equals: 'yes' });
      expect('preferNotToSay' in q && q.preferNotToSay, id).toBe(true);
    }
    expect(shown({}).map((q) => q.id)).not.toContain('gender');
    expect(shown({ about_you: 'no' }).map((q) => q.id)).not.toContain('gender');
    expect(shown({ about_you: 'yes' }).map((q) => q.id)).toEqual(expect.arrayContaining(about));
    const answers = { about_you: 'no', gender: 'woman', listened: 4 };
    expect(cleanAnswers(f, answers)).toEqual({ about_you: 'no', listened: 4 });
  });
  it('groups questions into tablet-sized screens', () => {
    expect(ids(screens(f))).toEqual([
      ['listened', 'respected'],
      ['had_a_say'],
      ['safer', 'daily_life'],
      ['know_help'],
      ['times_told'],
      ['recommend'],
      ['improve'],
      ['about_you_intro', 'about_you'],
      ['age_band', 'gender'],
      ['disability', 'ethnicity', 'lgbt'],
    ]);
    expect(visibleScreens(f, {})).toHaveLength(8);
  });
  it('uses short, plain wording', () => {
    const texts = f.questions.flatMap((q) => [q.label.en, q.hint?.en ?? '']);
    for (const t of texts) {
      const words = t.split(/\s+/);
      expect(words.length, t).toBeLessThanOrEqual(20);
    }
  });
});
