import type { Settings } from '../../../protocol/config';
import { Form } from '../../../protocol/form';
import { LOCALES, type Locale, type TranslationStatus } from '../../../protocol/locales';
import { formatPath } from './issues';

// The forms a partnership has (built-in and published), grouped by id for the forms screen,
// and the checks an uploaded form definition must pass before it can be published.

export interface FormVersion {
  form: Form;
  source: 'built-in' | 'published';
}

export interface FormGroup {
  id: string;
  /** Oldest first; the last is what devices start new responses with. */
  versions: FormVersion[];
  enabled: boolean;
}

/** Every form id with all its versions; a published version replaces a built-in of the same number. */
export function formGroups(
  builtins: readonly Form[],
  published: readonly Form[],
  settings: Pick<Settings, 'disabledForms'>,
): FormGroup[] {
  const byId = new Map<string, Map<number, FormVersion>>();
  const put = (form: Form, source: FormVersion['source']) => {
    const versions = byId.get(form.id) ?? new Map<number, FormVersion>();
    versions.set(form.version, { form, source });
    byId.set(form.id, versions);
  };
  builtins.forEach((f) => put(f, 'built-in'));
  published.forEach((f) => put(f, 'published'));
  const disabled = new Set(settings.disabledForms ?? []);
  return [...byId].map(([id, versions]) => ({
    id,
    versions: [...versions.values()].sort((a, b) => a.form.version - b.form.version),
    enabled: !disabled.has(id),
  }));
}

/** "Polish: draft" for each language a form has a status for; English is the source. */
export function translationSummary(form: Form): { locale: Locale; status: TranslationStatus }[] {
  const statuses = form.translations ?? {};
  return LOCALES.flatMap((locale) => {
    const status = statuses[locale];
    return status ? [{ locale, status }] : [];
  });
}

/** settings with form `id` switched on or off (an empty list is left out). */
export function withFormEnabled(settings: Settings, id: string, enabled: boolean): Settings {
  const rest = (settings.disabledForms ?? []).filter((f) => f !== id);
  const disabledForms = enabled ? rest : [...rest, id];
  const next: Settings = { ...settings };
  if (disabledForms.length > 0) next.disabledForms = disabledForms;
  else delete next.disabledForms;
  return next;
}

export type UploadCheck = { ok: true; form: Form } | { ok: false; problems: string[] };

/** A JSON.parse failure, with the line and column when the engine gives only a position. */
function jsonProblem(e: unknown, text: string): string {
  let detail = e instanceof Error ? e.message.replace(/\.$/, '') : '';
  const position = /at position (\d+)/.exec(detail);
  if (position && !/line \d+/.test(detail)) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    detail += ` (line ${line}, column ${column})`;
  }
  return `This is not valid JSON${detail ? `: ${detail}` : ''}.`;
}

/**
 * Parses and checks an uploaded form definition: JSON, then the shared Form schema (each
 * problem by path, e.g. `questions[3].options[0].id: use a-z…`), then the version, which must
 * be higher than every version of that id already known (built-in or published).
 */
export function checkUploadedForm(text: string, existing: readonly Form[]): UploadCheck {
  if (text.trim() === '')
    return { ok: false, problems: ['Choose a file or paste a form definition.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [jsonProblem(e, text)] };
  }
  const parsed = Form.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = formatPath(issue.path);
      return where ? `${where}: ${issue.message}` : issue.message;
    });
    return { ok: false, problems: [...new Set(problems)] };
  }
  const form = parsed.data;
  const highest = Math.max(0, ...existing.filter((f) => f.id === form.id).map((f) => f.version));
  if (form.version <= highest) {
    return {
      ok: false,
      problems: [
        `version: must be higher than ${highest}, the newest version of "${form.id}" already published or built in`,
      ],
    };
  }
  return { ok: true, form };
}

/** Language names in English, for the coordinator's (English-only) screens. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  pl: 'Polish',
  ro: 'Romanian',
  ur: 'Urdu',
  ar: 'Arabic',
};

export const AUDIENCE_NAMES: Readonly<Record<Form['audience'], string>> = {
  kiosk: 'Kiosk (people answer on their own)',
  assisted: 'Assisted (with a worker)',
  staff: 'Staff',
};

/** Items that ask something (info items only display text). */
export function questionCount(form: Form): number {
  return form.questions.filter((q) => q.type !== 'info').length;
}

/** What else stops on a tablet when a form is switched off, where that is not obvious. */
export function switchOffEffect(id: string): string | undefined {
  switch (id) {
    case 'survivor-feedback':
      return 'While this form is off, tablets cannot start the kiosk.';
    case 'survivor-feedback-easy-read':
      return 'While this form is off, the kiosk does not offer the easy-read option.';
    case 'event-attendance':
      return 'While this form is off, tablets cannot open new event sheets (sheets already open can still be closed).';
    default:
      return undefined;
  }
}
