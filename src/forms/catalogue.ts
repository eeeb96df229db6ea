import type { Settings } from '../../protocol/config';
import type { Form } from '../../protocol/form';
import { BUILTIN_FORMS } from './builtin';

/**
 * The newest version of form `id`, from the partnership's config or the built-ins. Older
 * versions stay valid for anything already queued; a new session simply uses the newest.
 * Disabled forms are found too: labels for waiting records and paused drafts still need them.
 */
export function latestForm(id: string, configForms: readonly Form[]): Form | undefined {
  let best: Form | undefined;
  for (const form of [...BUILTIN_FORMS, ...configForms]) {
    if (form.id === id && (!best || form.version > best.version)) best = form;
  }
  return best;
}

/** Whether the coordinators left form `id` switched on (settings.disabledForms). */
export function isFormEnabled(id: string, settings: Pick<Settings, 'disabledForms'>): boolean {
  return !(settings.disabledForms ?? []).includes(id);
}

/**
 * The form to start a new response with: the newest version of `id`, unless the coordinators
 * switched it off. Only new responses are affected; anything already sealed and waiting is
 * sent as before, and a paused draft can still be finished (use latestForm for those).
 */
export function offeredForm(
  id: string,
  config: { forms: readonly Form[]; settings: Pick<Settings, 'disabledForms'> },
): Form | undefined {
  return isFormEnabled(id, config.settings) ? latestForm(id, config.forms) : undefined;
}

/**
 * The newest version of every form for an audience ('assisted' questionnaires, say) that can
 * be started: forms whose id is in `disabledForms` are left out.
 */
export function latestFormsFor(
  audience: Form['audience'],
  configForms: readonly Form[],
  disabledForms: readonly string[] = [],
): Form[] {
  const ids = new Set(
    [...BUILTIN_FORMS, ...configForms]
      .filter((f) => f.audience === audience && !disabledForms.includes(f.id))
      .map((f) => f.id),
  );
  return [...ids].map((id) => latestForm(id, configForms)!).filter((f) => f.audience === audience);
}
