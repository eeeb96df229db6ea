import { Helpline } from '../../../protocol/config';
import type { FieldIssue } from '../ui/issues';

// Local services as a coordinator edits them. The Helpline schema decides what is valid; the
// messages here say it in words a coordinator can act on, per field.

export type HelplineField = 'name' | 'phone' | 'hours' | 'description';
export const HELPLINE_FIELDS: readonly HelplineField[] = ['name', 'phone', 'hours', 'description'];

const MESSAGES: Record<HelplineField, string> = {
  name: 'Enter the service’s name (up to 200 characters)',
  phone: 'Enter a phone number of 2 to 30 characters: digits, spaces, + ( ) and - only',
  hours: 'Opening hours must be 100 characters or fewer',
  description: 'The description must be 500 characters or fewer',
};

export function helplineFieldId(prefix: string, index: number, field: HelplineField): string {
  return `${prefix}-${index}-${field}`;
}

export function emptyHelpline(): Helpline {
  return { name: '', phone: '' };
}

/** `helpline` with `field` set; an emptied optional field is left out rather than kept as "". */
export function setHelplineField(
  helpline: Helpline,
  field: HelplineField,
  value: string,
): Helpline {
  const next: Helpline = { ...helpline };
  if (field === 'name' || field === 'phone') next[field] = value;
  else if (value.trim() === '') delete next[field];
  else next[field] = value;
  return next;
}

/** What is wrong with one local service, by field (empty when it is valid). */
export function helplineFieldErrors(helpline: Helpline): Partial<Record<HelplineField, string>> {
  const result = Helpline.safeParse(helpline);
  if (result.success) return {};
  const errors: Partial<Record<HelplineField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (HELPLINE_FIELDS.includes(field as HelplineField)) {
      errors[field as HelplineField] = MESSAGES[field as HelplineField];
    }
  }
  return errors;
}

/** Every problem in the list, linked to its input, for an error summary. */
export function helplineIssues(list: readonly Helpline[], prefix: string): FieldIssue[] {
  return list.flatMap((helpline, index) => {
    const errors = helplineFieldErrors(helpline);
    return HELPLINE_FIELDS.flatMap((field) => {
      const message = errors[field];
      return message
        ? [
            {
              targetId: helplineFieldId(prefix, index, field),
              message: `Local service ${index + 1}: ${message}`,
            },
          ]
        : [];
    });
  });
}

/** A copy of `list` with the item at `from` moved to `to` (both in range). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
