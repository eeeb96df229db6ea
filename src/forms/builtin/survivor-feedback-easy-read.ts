import type { Form, I18n, Question } from '../../../protocol/form';

// Easy-read survivor feedback (design §9): the same topics as survivor-feedback.ts, on the
// kiosk, anonymous. Short sentences, everyday words, one idea per screen (so no `screen`
// keys), and 3-point answers (no / a bit / yes) instead of the 5-point agree scale. Every
// item optional. English only until translations are added and reviewed.

const NO_BIT_YES: I18n[] = [{ en: 'No' }, { en: 'A bit' }, { en: 'Yes' }];
const ENDS = { low: { en: 'No' }, high: { en: 'Yes' } };

/** A 3-point no / a bit / yes question with "prefer not to say" (1 = no, 3 = yes). */
function noBitYes(id: string, label: I18n, hint?: I18n): Question {
  return {
    id,
    type: 'scale',
    label,
    ...(hint ? { hint } : {}),
    points: 3,
    labels: ENDS,
    pointLabels: NO_BIT_YES,
    preferNotToSay: true,
  };
}

const onlyIfYes = { q: 'about_you', equals: 'yes' };

export const survivorFeedbackEasyRead: Form = {
  id: 'survivor-feedback-easy-read',
  version: 1,
  kind: 'feedback',
  audience: 'kiosk',
  anonymous: true,
  title: { en: 'Tell us about the help you got (easy read)' },
  intro: {
    en:
      'These questions are about the help you got from us. We do not ask your name. ' +
      'You can skip any question. You can stop at any time.',
  },
  outro: { en: 'Thank you. What you told us will help other people get better help.' },
  questions: [
    noBitYes('listened', { en: 'Did we listen to you?' }),
    noBitYes('believed', { en: 'Did you feel we believed you?' }),
    noBitYes(
      'respected',
      { en: 'Did we treat you with respect?' },
      { en: 'This means we were kind and fair, and did not judge you.' },
    ),
    noBitYes(
      'had_a_say',
      { en: 'Did you have a say in your help?' },
      { en: 'For example, how fast things went, or what help you got.' },
    ),
    noBitYes('safer', { en: 'Do you feel safer now?' }),
    noBitYes('daily_life', { en: 'Is it easier to do everyday things now?' }),
    noBitYes('know_help', { en: 'Do you know how to get help again?' }),
    {
      id: 'help_now',
      type: 'info',
      label: { en: 'You can get help at any time' },
      hint: {
        en:
          'Call the National Domestic Abuse Helpline on 0800 2000 247. ' +
          'It is free. It is open day and night. In an emergency, call 999.',
      },
      showIf: {
        any: [
          { q: 'safer', equals: 1 },
          { q: 'know_help', equals: 1 },
        ],
      },
    },
    {
      id: 'times_told',
      type: 'choice',
      label: { en: 'How many times did you tell your story before you got help?' },
      hint: { en: 'Count each new person you had to tell.' },
      options: [
        { value: 'none', label: { en: 'None' } },
        { value: 'once', label: { en: 'Once' } },
        { value: 'two_three', label: { en: '2 or 3 times' } },
        { value: 'four_plus', label: { en: '4 or more times' } },
      ],
      preferNotToSay: true,
    },
    {
      id: 'recommend',
      type: 'choice',
      label: { en: 'Would you tell a friend to come to us?' },
      options: [
        { value: 'yes', label: { en: 'Yes' } },
        { value: 'maybe', label: { en: 'Maybe' } },
        { value: 'no', label: { en: 'No' } },
      ],
    },
    {
      id: 'improve',
      type: 'text',
      label: { en: 'What could we do better?' },
      hint: { en: 'You can leave this empty.' },
      maxLength: 1000,
      multiline: true,
      warning: { en: 'Please do not write any names.' },
    },
    // About you: clearly separate, and only asked if the person chooses to.
    {
      id: 'about_you_intro',
      type: 'info',
      label: { en: 'Some questions about you' },
      hint: {
        en: 'You do not have to answer them. They help us check our help is good for everyone.',
      },
    },
    {
      id: 'about_you',
      type: 'yesno',
      label: { en: 'Do you want to answer some questions about you?' },
    },
    {
      id: 'age_band',
      type: 'choice',
      label: { en: 'How old are you?' },
      options: [
        { value: 'under_18', label: { en: 'Under 18' } },
        { value: 'age_18_24', label: { en: '18 to 24' } },
        { value: 'age_25_34', label: { en: '25 to 34' } },
        { value: 'age_35_44', label: { en: '35 to 44' } },
        { value: 'age_45_54', label: { en: '45 to 54' } },
        { value: 'age_55_64', label: { en: '55 to 64' } },
        { value: 'age_65_plus', label: { en: '65 or over' } },
      ],
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'gender',
      type: 'choice',
      label: { en: 'What is your gender?' },
      options: [
        { value: 'woman', label: { en: 'Woman' } },
        { value: 'man', label: { en: 'Man' } },
        { value: 'non_binary', label: { en: 'Non-binary' } },
        { value: 'another_way', label: { en: 'I describe myself another way' } },
      ],
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'disability',
      type: 'yesno',
      label: { en: 'Do you have a disability or a long-term health condition?' },
      hint: { en: 'This includes mental health.' },
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'ethnicity',
      type: 'choice',
      label: { en: 'What is your ethnic group?' },
      options: [
        { value: 'asian', label: { en: 'Asian or Asian British' } },
        { value: 'black', label: { en: 'Black, Black British, Caribbean or African' } },
        { value: 'mixed', label: { en: 'Mixed or more than one ethnic group' } },
        { value: 'white', label: { en: 'White' } },
        { value: 'other', label: { en: 'Another ethnic group' } },
      ],
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
    {
      id: 'lgbt',
      type: 'yesno',
      label: { en: 'Are you LGBT+?' },
      hint: { en: 'This means lesbian, gay, bisexual, trans, or something like these.' },
      preferNotToSay: true,
      showIf: onlyIfYes,
    },
  ],
};
