import type { Form, I18n, Question } from '../../../protocol/form';

// Survivor service feedback (design §4): anonymous, on a shared kiosk tablet. Short, plain
// words (reading age about 9–11), every item optional, nothing that could identify anyone.
// English only until translations are added and reviewed.

const AGREE: I18n[] = [
  { en: 'Strongly disagree' },
  { en: 'Disagree' },
  { en: 'Not sure' },
  { en: 'Agree' },
  { en: 'Strongly agree' },
];

/** A statement on the 5-point agree scale with "prefer not to say". */
function agree(id: string, statement: string, screen?: string): Question {
  return {
    id,
    type: 'scale',
    label: { en: statement },
    hint: { en: 'How much do you agree?' },
    points: 5,
    labels: { low: { en: 'Strongly disagree' }, high: { en: 'Strongly agree' } },
    pointLabels: AGREE,
    preferNotToSay: true,
    ...(screen ? { screen } : {}),
  };
}

const onlyIfYes = { q: 'about_you', equals: 'yes' };

export const survivorFeedback: Form = {
  id: 'survivor-feedback',
  version: 1,
  kind: 'feedback',
  audience: 'kiosk',
  anonymous: true,
  title: { en: 'Tell us about the support you got' },
  intro: {
    en:
      'Your answers help us make our support better. We do not ask for your name. ' +
      'You can skip any question.',
  },
  outro: { en: 'Thank you. What you told us will help other people get better support.' },
  questions: [
    // How you were treated
    agree('listened', 'I felt listened to and believed.', 'treated'),
    agree('respected', 'I was treated with respect and not judged.', 'treated'),
    agree('had_a_say', 'I had a say in how fast things went and what support I got.'),
    // What has changed
    agree('safer', 'I feel safer since I got support.', 'changed'),
    agree('daily_life', 'I feel more able to get on with my daily life.', 'changed'),
    agree('know_help', 'I know how to get help again if I need it.'),
    {
      id: 'times_told',
      type: 'choice',
      label: { en: 'How many times did you have to tell your story before you got help?' },
      hint: { en: 'Count each time you told a new person or service.' },
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
      label: { en: 'Would you tell a friend to come to us for support?' },
      options: [
        { value: 'yes', label: { en: 'Yes' } },
        { value: 'maybe', label: { en: 'Maybe' } },
        { value: 'no', label: { en: 'No' } },
      ],
    },
    {
      id: 'improve',
      type: 'text',
      label: { en: 'What is one thing we could do better?' },
      hint: { en: 'You can leave this empty.' },
      maxLength: 1000,
      multiline: true,
      warning: {
        en: 'Please do not write any names, or anything that could show who you or someone else is.',
      },
    },
    // About you: clearly separate, and only asked if the person chooses to.
    {
      id: 'about_you_intro',
      type: 'info',
      label: { en: 'About you' },
      hint: {
        en:
          'These questions are optional. They help us check that our support works for ' +
          'everyone. Your answers stay anonymous.',
      },
      screen: 'about_start',
    },
    {
      id: 'about_you',
      type: 'choice',
      label: { en: 'Would you like to answer a few questions about you?' },
      options: [
        { value: 'yes', label: { en: 'Yes' } },
        { value: 'no', label: { en: 'No, skip these questions' } },
      ],
      screen: 'about_start',
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
      screen: 'about_you_1',
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
      screen: 'about_you_1',
    },
    {
      id: 'disability',
      type: 'yesno',
      label: { en: 'Do you have a disability or a long-term health condition?' },
      hint: { en: 'This includes mental health.' },
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_2',
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
      screen: 'about_you_2',
    },
    {
      id: 'lgbt',
      type: 'yesno',
      label: { en: 'Do you think of yourself as LGBT+?' },
      hint: { en: 'This means lesbian, gay, bisexual, trans, or another identity like these.' },
      preferNotToSay: true,
      showIf: onlyIfYes,
      screen: 'about_you_2',
    },
  ],
};
