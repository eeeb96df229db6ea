import type { Form } from '../../../protocol/form';
import { eventAttendance } from './event-attendance';
import { expertsByExperience } from './experts-by-experience';
import { survivorFeedback } from './survivor-feedback';
import { survivorFeedbackEasyRead } from './survivor-feedback-easy-read';
import { trainingFeedback } from './training-feedback';

export {
  eventAttendance,
  expertsByExperience,
  survivorFeedback,
  survivorFeedbackEasyRead,
  trainingFeedback,
};

/** Forms that ship with the app (design §4); the config may publish newer versions. */
export const BUILTIN_FORMS: readonly Form[] = [
  survivorFeedback,
  survivorFeedbackEasyRead,
  expertsByExperience,
  trainingFeedback,
  eventAttendance,
];
