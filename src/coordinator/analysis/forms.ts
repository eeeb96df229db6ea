import type { Form, I18n } from '../../../protocol/form';
import { BUILTIN_FORMS } from '../../forms/builtin';
import { text } from '../../forms/i18n';

// Which form definition a response was given on. Every response names its form id and
// version; a config may publish newer versions side by side with old ones, and the built-in
// forms are always known. A response is summarised with the version it was answered on.

export interface FormCatalogue {
  /** The exact version, if known. */
  get(formId: string, version: number): Form | undefined;
  /** The newest version known for a form id. */
  latest(formId: string): Form | undefined;
  /** Every version known for a form id, oldest first. */
  versions(formId: string): Form[];
  /** Every form id known, in a stable order (built-ins first, then published ones). */
  ids(): string[];
}

export function formCatalogue(configForms: readonly Form[] = []): FormCatalogue {
  const byId = new Map<string, Map<number, Form>>();
  // Built-ins first, then the config: a published definition of the same id and version wins.
  for (const form of [...BUILTIN_FORMS, ...configForms]) {
    let versions = byId.get(form.id);
    if (!versions) byId.set(form.id, (versions = new Map()));
    versions.set(form.version, form);
  }
  const versions = (formId: string) =>
    [...(byId.get(formId)?.values() ?? [])].sort((a, b) => a.version - b.version);
  return {
    get: (formId, version) => byId.get(formId)?.get(version),
    latest: (formId) => versions(formId).at(-1),
    versions,
    ids: () => [...byId.keys()],
  };
}

/** English text for a coordinator screen (the coordinator workspace is English only). */
export function en(i18n: I18n): string {
  return text(i18n, 'en');
}

/** A form's title, or its id when the definition is unknown (say, a form since removed). */
export function formTitle(catalogue: FormCatalogue, formId: string): string {
  const form = catalogue.latest(formId);
  return form ? en(form.title) : formId;
}
