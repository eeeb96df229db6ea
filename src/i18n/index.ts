import { en, type Messages } from './en';

// The active interface strings. Only English exists until the translations land; callers
// already go through messages() so a chosen locale's strings can be swapped in later.
const current: Messages = en;

export function messages(): Messages {
  return current;
}
