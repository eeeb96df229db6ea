import type { Form } from '../../../protocol/form';
import { survivorFeedback } from './survivor-feedback';

export { survivorFeedback };

/** Forms that ship with the app (design §4); the config may publish newer versions. */
export const BUILTIN_FORMS: readonly Form[] = [survivorFeedback];
