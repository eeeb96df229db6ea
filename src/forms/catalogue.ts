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

/** The newest version of every form for an audience ('assisted' questionnaires, say). */
export function latestFormsFor(audience: Form['audience'], configForms: readonly Form[]): Form[] {
  const ids = new Set(
    [...BUILTIN_FORMS, ...configForms].filter((f) => f.audience === audience).map((f) => f.id),
  );
  return [...ids].map((id) => latestForm(id, configForms)!).filter((f) => f.audience === audience);
}
