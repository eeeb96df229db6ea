import type { Form, I18n, Question } from '../../../protocol/form';

// Training feedback (design §4): practitioners after a domestic-abuse training session,
// self-completed or assisted. Anonymous: role and sector, never a name. Confidence before
// and after on each topic share one screen so the two are answered side by side. Every item
// optional. English only until translations are added and reviewed.

const CONFIDENCE: I18n[] = [
  { en: 'Not at all confident' },
  { en: 'A little confident' },
  { en: 'Fairly confident' },
  { en: 'Confident' },
  { en: 'Very confident' },
];
const CONFIDENCE_ENDS = { low: { en: 'Not at all confident' }, high: { en: 'Very confident' } };

/** A 1–5 confidence scale; `screen` pairs a topic's "before" and "after". */
function confidence(id: string, label: I18n, screen: string): Question {
  return {
    id,
    type: 'scale',
    label,
    points: 5,
    labels: CONFIDENCE_ENDS,
    pointLabels: CONFIDENCE,
    screen,
  };
}

/** Still not confident after the training (1 or 2) on this topic. */
const stillUnsure = (id: string) => ({ q: id, in: [1, 2] });

export const trainingFeedback: Form = {
  id: 'training-feedback',
  version: 1,
  kind: 'training',
  audience: 'assisted',
  anonymous: true,
  title: { en: 'Domestic abuse training: your feedback' },
  intro: {
    en:
      'Please tell us how useful the training was. It takes about five minutes. ' +
      'We do not ask for your name, and you can skip any question.',
  },
  outro: {
    en: 'Thank you. Your feedback helps us plan training that makes a difference in practice.',
  },
  questions: [
    // About you and the training
    {
      id: 'role',
      type: 'text',
      label: { en: 'What is your role?' },
      hint: { en: 'Your job title, for example “health visitor” or “housing officer”.' },
      maxLength: 100,
      warning: { en: 'Do not write your name or anyone else’s.' },
      screen: 'about',
    },
    {
      id: 'sector',
      type: 'choice',
      label: { en: 'Which sector do you work in?' },
      options: [
        { value: 'police', label: { en: 'Police' } },
        { value: 'health', label: { en: 'Health' } },
        { value: 'housing', label: { en: 'Housing' } },
        { value: 'education', label: { en: 'Education' } },
        { value: 'childrens_services', label: { en: 'Children’s services' } },
        { value: 'adult_social_care', label: { en: 'Adult social care' } },
        { value: 'voluntary_sector', label: { en: 'Voluntary sector' } },
        { value: 'other', label: { en: 'Other' } },
      ],
      screen: 'about',
    },
    {
      id: 'sector_other',
      type: 'text',
      label: { en: 'Which other sector?' },
      maxLength: 100,
      showIf: { q: 'sector', equals: 'other' },
      screen: 'about',
    },
    {
      id: 'training_date',
      type: 'date',
      label: { en: 'When was the training?' },
    },
    // Confidence before and after, one topic per screen
    confidence(
      'coercive_before',
      { en: 'Recognising coercive control: how confident were you before the training?' },
      'coercive',
    ),
    confidence(
      'coercive_after',
      { en: 'Recognising coercive control: how confident are you now?' },
      'coercive',
    ),
    confidence(
      'asking_before',
      { en: 'Asking safely about abuse: how confident were you before the training?' },
      'asking',
    ),
    confidence(
      'asking_after',
      { en: 'Asking safely about abuse: how confident are you now?' },
      'asking',
    ),
    confidence(
      'disclosure_before',
      { en: 'Responding to a disclosure: how confident were you before the training?' },
      'disclosure',
    ),
    confidence(
      'disclosure_after',
      { en: 'Responding to a disclosure: how confident are you now?' },
      'disclosure',
    ),
    confidence(
      'routes_before',
      {
        en: 'Using local routes (IDVA, MARAC, DASH): how confident were you before the training?',
      },
      'routes',
    ),
    confidence(
      'routes_after',
      { en: 'Using local routes (IDVA, MARAC, DASH): how confident are you now?' },
      'routes',
    ),
    confidence(
      'policy_before',
      {
        en: 'Following your own organisation’s policy: how confident were you before the training?',
      },
      'policy',
    ),
    confidence(
      'policy_after',
      { en: 'Following your own organisation’s policy: how confident are you now?' },
      'policy',
    ),
    {
      id: 'confidence_help',
      type: 'text',
      label: { en: 'You still feel unsure about some of this. What would help?' },
      maxLength: 1000,
      multiline: true,
      showIf: {
        any: [
          'coercive_after',
          'asking_after',
          'disclosure_after',
          'routes_after',
          'policy_after',
        ].map(stillUnsure),
      },
    },
    // Using it
    {
      id: 'relevance',
      type: 'scale',
      label: { en: 'How relevant was the training to your role?' },
      points: 5,
      labels: { low: { en: 'Not at all relevant' }, high: { en: 'Very relevant' } },
      pointLabels: [
        { en: 'Not at all relevant' },
        { en: 'A little relevant' },
        { en: 'Fairly relevant' },
        { en: 'Relevant' },
        { en: 'Very relevant' },
      ],
    },
    {
      id: 'do_differently',
      type: 'text',
      label: { en: 'What will you do differently because of this training?' },
      maxLength: 1000,
      multiline: true,
      warning: { en: 'Do not write the names of people or details of cases.' },
    },
    {
      id: 'needs',
      type: 'choice',
      multiple: true,
      label: { en: 'What further training would help you?' },
      hint: { en: 'Tick all that apply.' },
      options: [
        { value: 'coercive_control', label: { en: 'Coercive and controlling behaviour' } },
        { value: 'asking_safely', label: { en: 'Asking about abuse safely' } },
        { value: 'disclosures', label: { en: 'Responding to disclosures' } },
        { value: 'risk_marac', label: { en: 'Risk assessment (DASH) and MARAC' } },
        { value: 'safety_planning', label: { en: 'Safety planning' } },
        { value: 'children', label: { en: 'Children and young people affected by abuse' } },
        { value: 'older_disabled', label: { en: 'Abuse of older and disabled people' } },
        { value: 'honour_based', label: { en: 'Honour-based abuse and forced marriage' } },
        { value: 'economic', label: { en: 'Economic abuse' } },
        { value: 'stalking', label: { en: 'Stalking and harassment' } },
        { value: 'harmful_behaviour', label: { en: 'Working with people who cause harm' } },
        { value: 'other', label: { en: 'Something else' } },
      ],
      screen: 'needs',
    },
    {
      id: 'needs_other',
      type: 'text',
      label: { en: 'What other training would help?' },
      maxLength: 300,
      showIf: { q: 'needs', equals: 'other' },
      screen: 'needs',
    },
  ],
};
