import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Helpline } from '../../../protocol/config';
import { BUILTIN_FORMS } from '../../forms/builtin';
import { useWorkspace } from '../workspace';
import { ErrorSummary } from '../ui/ErrorSummary';
import { issueFor, type FieldIssue } from '../ui/issues';
import { formGroups } from './form-catalogue';
import { helplineIssues } from './helplines';
import { HelplinesEditor } from './HelplinesEditor';
import { NumberField } from './NumberField';
import {
  formKId,
  fromSettingsInput,
  IDLE_ID,
  K_ID,
  MAX_IDLE,
  MAX_K,
  MIN_IDLE,
  MIN_K,
  toSettingsInput,
  type SettingsInput,
} from './settings';
import { usePublish } from './use-publish';
import './manage.css';

const HELPLINE_PREFIX = 'local-service';

/** Local services, disclosure control (k) and the kiosk's waiting time; published together. */
export function SettingsScreen() {
  const { config } = useWorkspace();
  const publisher = usePublish();
  const published = config?.payload.settings ?? DEFAULT_SETTINGS;
  const [input, setInput] = useState<SettingsInput>(toSettingsInput(published));
  const [helplines, setHelplines] = useState<Helpline[]>(config?.payload.helplines ?? []);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [tried, setTried] = useState(false);
  // A newer configuration (reloaded after someone else published) replaces what is shown.
  useEffect(() => {
    setInput(toSettingsInput(config?.payload.settings ?? DEFAULT_SETTINGS));
    setHelplines(config?.payload.helplines ?? []);
  }, [config?.signed.version]);

  const groups = formGroups(BUILTIN_FORMS, config?.payload.forms ?? [], published);
  const titleOf = (id: string) =>
    groups.find((g) => g.id === id)?.versions.at(-1)?.form.title.en ?? id;
  const readOnly = !publisher.canPublish;

  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    const check = fromSettingsInput(input, published, titleOf);
    const found = [
      ...(check.ok ? [] : check.issues),
      ...helplineIssues(helplines, HELPLINE_PREFIX),
    ];
    setIssues(found);
    if (!check.ok || found.length > 0) return;
    await publisher.publish((draft) => {
      // Switched-off forms come from the newest config, not from when this page opened.
      const settings = { ...check.settings };
      delete settings.disabledForms;
      if (draft.settings.disabledForms) settings.disabledForms = draft.settings.disabledForms;
      return { ...draft, helplines, settings };
    }, 'Published the settings. Tablets use them once they have this configuration.');
  };

  return (
    <div class="manage-screen">
      <h1>Settings</h1>
      {readOnly ? <p class="notice">Only an admin can change and publish settings.</p> : null}
      {publisher.feedback}
      <ErrorSummary issues={issues} id="manage-errors" title="The settings cannot be published" />
      <form onSubmit={(e) => void submit(e)} noValidate autocomplete="off">
        <section aria-labelledby="services-title" class="manage-section">
          <h2 id="services-title">Local services</h2>
          <p>
            Shown on the kiosk’s first and last screens after the national helplines, in this order.
            Give services people can call for support in your area.
          </p>
          {readOnly ? (
            <ul class="helplines">
              {helplines.map((h) => (
                <li key={`${h.name}-${h.phone}`}>
                  <strong>{h.name}</strong> <span class="phone">{h.phone}</span>
                  {h.hours ? <div>{h.hours}</div> : null}
                  {h.description ? <div>{h.description}</div> : null}
                </li>
              ))}
            </ul>
          ) : (
            <HelplinesEditor
              value={helplines}
              onChange={setHelplines}
              showErrors={tried}
              idPrefix={HELPLINE_PREFIX}
            />
          )}
        </section>

        <section aria-labelledby="k-title" class="manage-section">
          <h2 id="k-title">Disclosure control (k)</h2>
          <p>
            Small numbers can identify people. In every view and export, a count of people from 1 to
            k − 1 is shown as “fewer than k”, with other cells hidden too where a total would give
            it away; a filter that leaves fewer than k responses shows no individual answers or free
            text. A larger k protects people in small groups better but hides more. k is never below{' '}
            {MIN_K}; the default is 10.
          </p>
          <NumberField
            id={K_ID}
            label="Default k"
            hint={`A whole number from ${MIN_K} to ${MAX_K}.`}
            value={input.k}
            error={issueFor(issues, K_ID)}
            disabled={readOnly}
            onInput={(k) => setInput({ ...input, k })}
          />
          <fieldset class="manage-entry">
            <legend>k for a particular form (optional)</legend>
            <p class="hint">
              For a form whose answers need more protection, such as one used with few people. Leave
              blank to use the default k.
            </p>
            {groups.map((g) => (
              <NumberField
                key={g.id}
                id={formKId(g.id)}
                label={titleOf(g.id)}
                value={input.kByForm[g.id] ?? ''}
                error={issueFor(issues, formKId(g.id))}
                disabled={readOnly}
                onInput={(v) => setInput({ ...input, kByForm: { ...input.kByForm, [g.id]: v } })}
              />
            ))}
          </fieldset>
        </section>

        <section aria-labelledby="kiosk-settings-title" class="manage-section">
          <h2 id="kiosk-settings-title">Kiosk</h2>
          <NumberField
            id={IDLE_ID}
            label="Seconds without a touch before the kiosk asks “Do you need more time?”"
            hint={`From ${MIN_IDLE} to ${MAX_IDLE}. If nobody answers within 20 seconds more, the answers are deleted and the kiosk starts again.`}
            value={input.idleSeconds}
            error={issueFor(issues, IDLE_ID)}
            disabled={readOnly}
            onInput={(idleSeconds) => setInput({ ...input, idleSeconds })}
          />
        </section>
        {readOnly ? null : (
          <button type="submit" class="button" disabled={publisher.busy}>
            {publisher.busy ? 'Publishing…' : 'Publish settings'}
          </button>
        )}
      </form>
    </div>
  );
}
