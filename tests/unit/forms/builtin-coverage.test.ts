import { describe, expect, it } from 'vitest';
import { Form, PREFER_NOT_TO_SAY, type Condition, type Question } from '../../../protocol/form';
import {
  BUILTIN_FORMS,
  eventAttendance,
  expertsByExperience,
  survivorFeedback,
  survivorFeedbackEasyRead,
  trainingFeedback,
} from '../../../src/forms/builtin';
import { screens, validateAnswers, visibleIds, visibleScreens } from '../../../src/forms/engine';
import { issuesOf } from './helpers';

// Issue 4: every question type and every condition of the form engine is exercised by at
// least one built-in form. Found by walking the data, so dropping one from a form fails here.

const QUESTION_KINDS = [
  'choice single',
  'choice multiple',
  'scale',
  'text',
  'number',
  'date',
  'yesno',
  'tally',
  'info',
  'consent',
];
const CONDITION_KINDS = ['equals', 'in', 'answered', 'all', 'any'];

function questionKind(q: Question): string {
  if (q.type !== 'choice') return q.type;
  return q.multiple ? 'choice multiple' : 'choice single';
}

function conditionKinds(cond: Condition, out: Set<string> = new Set()): Set<string> {
  if ('all' in cond) {
    out.add('all');
    cond.all.forEach((c) => conditionKinds(c, out));
  } else if ('any' in cond) {
    out.add('any');
    cond.any.forEach((c) => conditionKinds(c, out));
  } else {
    if (cond.equals !== undefined) out.add('equals');
    if (cond.in !== undefined) out.add('in');
    if (cond.answered !== undefined) out.add('answered');
  }
  return out;
}

const allQuestions = BUILTIN_FORMS.flatMap((f) => f.questions);
const shown = (f: Form, answers: Record<string, unknown>) => [...visibleIds(f, answers)];
const sorted = (list: Iterable<string>) => [...list].sort();

describe('built-in forms together', () => {
  it('ship the five forms of design §4 and §9', () => {
    expect(sorted(BUILTIN_FORMS.map((f) => f.id))).toEqual([
      'event-attendance',
      'experts-by-experience',
      'survivor-feedback',
      'survivor-feedback-easy-read',
      'training-feedback',
    ]);
  });
  it('each pass the Form schema unchanged', () => {
    for (const f of BUILTIN_FORMS) {
      const parsed = Form.safeParse(f);
      expect(issuesOf(parsed), f.id).toEqual([]);
      expect(parsed.data, f.id).toEqual(f);
    }
  });
  it('have unique ids', () => {
    expect(new Set(BUILTIN_FORMS.map((f) => f.id)).size).toBe(BUILTIN_FORMS.length);
  });
  it('use every question type, single and multiple choice included', () => {
    const used = new Set(allQuestions.map(questionKind));
    expect(sorted(used)).toEqual(sorted(QUESTION_KINDS));
  });
  it('use every kind of condition', () => {
    const used = new Set<string>();
    for (const q of allQuestions) if (q.showIf) conditionKinds(q.showIf, used);
    expect(sorted(used)).toEqual(sorted(CONDITION_KINDS));
    expect(conditionKinds({ q: 'x', answered: true })).toEqual(new Set(['answered']));
  });
  it('are anonymous, version 1, with an intro and an outro', () => {
    for (const f of BUILTIN_FORMS) {
      expect(f, f.id).toMatchObject({ version: 1, anonymous: true });
      expect(f.intro?.en, f.id).toBeTruthy();
      expect(f.outro?.en, f.id).toBeTruthy();
    }
  });
  it('make every item optional except the Experts by Experience agreement', () => {
    const required = BUILTIN_FORMS.flatMap((f) =>
      f.questions.filter((q) => q.required).map((q) => `${f.id}/${q.id}`),
    );
    expect(required).toEqual(['experts-by-experience/agree_start']);
  });
  it.each(BUILTIN_FORMS.map((f) => [f.id, f] as const))(
    '%s shows something and, unanswered, reports only required items',
    (_id, f) => {
      const first = visibleScreens(f, {});
      expect(first.length).toBeGreaterThan(0);
      const errors = validateAnswers(f, {});
      expect(errors.every((e) => e.code === 'required')).toBe(true);
      const requiredShown = first.flat().filter((q) => q.required && q.type !== 'info');
      expect(errors.map((e) => e.questionId)).toEqual(requiredShown.map((q) => q.id));
    },
  );
  it('warn against names in every free-text box on a survivor or Experts by Experience form', () => {
    const forms = [survivorFeedback, survivorFeedbackEasyRead, expertsByExperience];
    for (const q of forms.flatMap((f) => f.questions)) {
      if (q.type === 'text') expect(q.warning?.en, q.id).toMatch(/names/);
    }
  });
});

describe('event attendance', () => {
  const f = eventAttendance;
  const q = (id: string) => f.questions.find((x) => x.id === id) as Question;
  const bands = (id: string) => {
    const t = q(id);
    return t.type === 'tally' ? t.bands.map((b) => b.value) : [];
  };

  it('is the staff attendance sheet', () => {
    expect(f).toMatchObject({ kind: 'attendance', audience: 'staff' });
  });
  it('tallies by age and gender, with "not recorded", only when the worker chooses to', () => {
    expect(bands('age_bands')).toContain('not_recorded');
    expect(bands('gender_bands')).toContain('not_recorded');
    expect(shown(f, {})).not.toContain('age_bands');
    expect(shown(f, { record_bands: 'no' })).not.toContain('gender_bands');
    expect(shown(f, { record_bands: 'yes' })).toEqual(
      expect.arrayContaining(['age_bands', 'gender_bands']),
    );
  });
  it('adds the school note only at a school session that records bands', () => {
    expect(shown(f, { record_bands: 'yes', event_type: 'stall' })).not.toContain('school_note');
    expect(shown(f, { event_type: 'school_session' })).not.toContain('school_note');
    const school = { record_bands: 'yes', event_type: 'school_session' };
    expect(shown(f, school)).toContain('school_note');
  });
  it('counts leaflets by type and language and signposting by destination', () => {
    expect(bands('leaflets_language')).toEqual([
      'english',
      'polish',
      'romanian',
      'urdu',
      'arabic',
      'other',
    ]);
    expect(bands('signposting')).toEqual(
      expect.arrayContaining(['national_helpline', 'idva_service', 'police', 'clares_law']),
    );
    expect(bands('leaflets_type')).toEqual(expect.arrayContaining(['easy_read', 'for_men']));
  });
  it('asks to confirm consent once referrals are counted', () => {
    expect(shown(f, {})).not.toContain('referrals_consent');
    expect(shown(f, { referrals: 3 })).toContain('referrals_consent');
    expect(validateAnswers(f, { referrals: 3, referrals_consent: true })).toEqual([]);
  });
  it('asks for organisation names only in pledges and other partners', () => {
    for (const id of ['pledges', 'partners_other']) {
      const t = q(id);
      expect(t.type === 'text' && t.warning?.en, id).toMatch(/Organisation names only/);
    }
    expect(shown(f, { partners: ['police', 'other'] })).toContain('partners_other');
  });
});

describe('Experts by Experience questionnaire', () => {
  const f = expertsByExperience;

  it('starts with the required agreement and blocks until it is given', () => {
    expect(f).toMatchObject({ kind: 'questionnaire', audience: 'assisted' });
    expect(f.questions[0]).toMatchObject({ id: 'agree_start', type: 'consent', required: true });
    expect(validateAnswers(f, {}).map((e) => e.questionId)).toEqual(['agree_start']);
    expect(validateAnswers(f, { agree_start: true })).toEqual([]);
  });
  it('uses the 5-point agree scale with "prefer not to say"', () => {
    for (const id of ['clear', 'belief', 'realistic']) {
      expect(
        f.questions.find((q) => q.id === id),
        id,
      ).toMatchObject({
        type: 'scale',
        points: 5,
        preferNotToSay: true,
      });
    }
  });
  it('asks what could cause harm, and who it may not work for, only when relevant', () => {
    expect(shown(f, {})).not.toContain('risk_what');
    expect(shown(f, { risk: 'yes' })).toContain('risk_what');
    expect(shown(f, { works_for_all: 'yes' })).not.toContain('not_work_for');
    expect(shown(f, { works_for_all: 'not_sure' })).toContain('not_work_for');
    const some = { works_for_all: 'no', not_work_for: ['men'] };
    expect(shown(f, some)).toContain('not_work_for_help');
  });
  it('signposts support after a hard session or when asked', () => {
    expect(shown(f, {})).not.toContain('support');
    for (const answers of [{ feeling: 1 }, { feeling: 2 }, { feeling: 4, want_support: 'yes' }]) {
      expect(shown(f, answers), JSON.stringify(answers)).toContain('support');
    }
    for (const feeling of [3, 5, PREFER_NOT_TO_SAY]) {
      expect(shown(f, { feeling, want_support: 'no' })).not.toContain('support');
    }
  });
});

describe('training feedback', () => {
  const f = trainingFeedback;
  const topics = ['coercive', 'asking', 'disclosure', 'routes', 'policy'];

  it('puts each topic’s confidence before and after on one screen', () => {
    expect(f).toMatchObject({ kind: 'training', audience: 'assisted' });
    const ids = screens(f).map((s) => s.map((q) => q.id));
    for (const t of topics) expect(ids).toContainEqual([`${t}_before`, `${t}_after`]);
    const scales = f.questions.filter((q) => topics.some((t) => q.id.startsWith(`${t}_`)));
    for (const q of scales) expect(q, q.id).toMatchObject({ type: 'scale', points: 5 });
  });
  it('asks what would help when any topic is still low after the training', () => {
    expect(shown(f, {})).not.toContain('confidence_help');
    expect(shown(f, { coercive_after: 5, routes_after: 4 })).not.toContain('confidence_help');
    expect(shown(f, { coercive_after: 5, routes_after: 2 })).toContain('confidence_help');
  });
  it('asks about other sectors and other training needs only when "other" is picked', () => {
    expect(shown(f, { sector: 'health' })).not.toContain('sector_other');
    expect(shown(f, { sector: 'other' })).toContain('sector_other');
    expect(shown(f, { needs: ['economic'] })).not.toContain('needs_other');
    expect(shown(f, { needs: ['economic', 'other'] })).toContain('needs_other');
  });
});

describe('easy-read survivor feedback', () => {
  const f = survivorFeedbackEasyRead;

  it('is a kiosk feedback form with one idea per screen', () => {
    expect(f).toMatchObject({ kind: 'feedback', audience: 'kiosk' });
    expect(f.questions.filter((q) => q.screen !== undefined)).toEqual([]);
    expect(screens(f).every((s) => s.length === 1)).toBe(true);
  });
  it('uses no / a bit / yes with "prefer not to say"', () => {
    const scales = f.questions.filter((q) => q.type === 'scale');
    expect(scales.length).toBeGreaterThanOrEqual(6);
    for (const q of scales) {
      expect(q.points, q.id).toBe(3);
      expect(q.preferNotToSay, q.id).toBe(true);
      expect(q.pointLabels?.map((l) => l.en)).toEqual(['No', 'A bit', 'Yes']);
    }
  });
  it('shows helplines to someone who does not feel safer or know where to get help', () => {
    expect(shown(f, { safer: 3, know_help: 3 })).not.toContain('help_now');
    expect(shown(f, { safer: 1 })).toContain('help_now');
    expect(shown(f, { safer: 2, know_help: 1 })).toContain('help_now');
  });
  it('keeps the "about you" section of the standard form, behind a yes/no', () => {
    const about = ['age_band', 'gender', 'disability', 'ethnicity', 'lgbt'];
    for (const id of about) {
      const easy = f.questions.find((q) => q.id === id);
      const standard = survivorFeedback.questions.find((q) => q.id === id);
      expect(easy?.showIf, id).toEqual({ q: 'about_you', equals: 'yes' });
      // Same answers, so the two forms can be reported together.
      const values = (q?: Question) => (q?.type === 'choice' ? q.options.map((o) => o.value) : []);
      expect(values(easy), id).toEqual(values(standard));
    }
    expect(shown(f, { about_you: 'no' })).not.toContain('gender');
    expect(shown(f, { about_you: 'yes' })).toEqual(expect.arrayContaining(about));
  });
  it('uses short sentences', () => {
    const texts = [f.intro?.en ?? '', f.outro?.en ?? ''];
    for (const q of f.questions) texts.push(q.label.en, q.hint?.en ?? '');
    for (const sentence of texts.flatMap((t) => t.split(/(?<=[.?!])\s+/))) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(12);
    }
  });
});
