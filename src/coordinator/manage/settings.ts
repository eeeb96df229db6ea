import { Settings } from '../../../protocol/config';
import type { FieldIssue } from '../ui/issues';

// The settings screen's numbers as typed (strings), and turning them back into Settings with
// every problem tied to its input. The Settings schema has the last word.

export const MIN_K = 5;
export const MAX_K = 100;
export const MIN_IDLE = 30;
export const MAX_IDLE = 600;

export interface SettingsInput {
  k: string;
  idleSeconds: string;
  /** Form id → k as typed; blank means "use the default k". */
  kByForm: Record<string, string>;
}

export const K_ID = 'settings-k';
export const IDLE_ID = 'settings-idle';
export const formKId = (formId: string) => `settings-k-${formId}`;

export function toSettingsInput(settings: Settings): SettingsInput {
  const kByForm: Record<string, string> = {};
  for (const [id, k] of Object.entries(settings.suppressionKByForm ?? {})) kByForm[id] = String(k);
  return { k: String(settings.suppressionK), idleSeconds: String(settings.idleSeconds), kByForm };
}

function wholeNumber(text: string): number | undefined {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : undefined;
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] };

/**
 * `base` with the typed numbers in place (other settings, such as switched-off forms, kept).
 * `formTitle` names a form in its message.
 */
export function fromSettingsInput(
  input: SettingsInput,
  base: Settings,
  formTitle: (id: string) => string,
): SettingsCheck {
  const issues: FieldIssue[] = [];
  const k = wholeNumber(input.k);
  if (k === undefined || k < MIN_K || k > MAX_K) {
    issues.push({ targetId: K_ID, message: `Enter a default k from ${MIN_K} to ${MAX_K}` });
  }
  const idle = wholeNumber(input.idleSeconds);
  if (idle === undefined || idle < MIN_IDLE || idle > MAX_IDLE) {
    issues.push({
      targetId: IDLE_ID,
      message: `Enter the kiosk’s waiting time as ${MIN_IDLE} to ${MAX_IDLE} seconds`,
    });
  }
  const byForm: Record<string, number> = {};
  for (const [id, text] of Object.entries(input.kByForm)) {
    if (text.trim() === '') continue;
    const formK = wholeNumber(text);
    if (formK === undefined || formK < MIN_K || formK > MAX_K) {
      issues.push({
        targetId: formKId(id),
        message: `Enter k for “${formTitle(id)}” from ${MIN_K} to ${MAX_K}, or leave it blank to use the default`,
      });
    } else byForm[id] = formK;
  }
  if (issues.length > 0) return { ok: false, issues };
  const settings: Settings = { ...base, suppressionK: k!, idleSeconds: idle! };
  if (Object.keys(byForm).length > 0) settings.suppressionKByForm = byForm;
  else delete settings.suppressionKByForm;
  // Anything the checks above missed is still refused here rather than published.
  const parsed = Settings.safeParse(settings);
  if (!parsed.success) {
    return { ok: false, issues: [{ targetId: K_ID, message: 'These settings are not valid' }] };
  }
  return { ok: true, settings: parsed.data };
}
