import type { Form } from '../../protocol/form';
import { BUILTIN_FORMS } from './builtin';

/**
 * The newest version of form `id`, from the partnership's config or the built-ins. Older
 * versions stay valid for anything already queued; a new session simply uses the newest.
 */
export function latestForm(id: string, configForms: readonly Form[]): Form | undefined {
  let best: Form | undefined;
  for (const form of [...BUILTIN_FORMS, ...configForms]) {
    if (form.id === id && (!best || form.version > best.version)) best = form;
  }
  return best;
}
