import { DEFAULT_SETTINGS } from '../../../protocol/config';
import type { Form } from '../../../protocol/form';
import { BUILTIN_FORMS } from '../../forms/builtin';
import { useWorkspace } from '../workspace';
import {
  AUDIENCE_NAMES,
  formGroups,
  LANGUAGE_NAMES,
  questionCount,
  switchOffEffect,
  translationSummary,
  withFormEnabled,
  type FormGroup,
} from './form-catalogue';
import { FormUpload } from './FormUpload';
import { usePublish, type Publisher } from './use-publish';
import { ManageTable } from './ManageTable';
import './manage.css';

/** Saves one version's definition as a .json file (a starting point for the next version). */
function download(form: Form) {
  const blob = new Blob([JSON.stringify(form, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${form.id}-v${form.version}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function translations(form: Form): string {
  const list = translationSummary(form);
  if (list.length === 0) return 'English only';
  return list.map((t) => `${LANGUAGE_NAMES[t.locale]}: ${t.status}`).join(', ');
}

function FormGroupCard({ group, publisher }: { group: FormGroup; publisher: Publisher }) {
  const newest = group.versions[group.versions.length - 1]!.form;
  const title = newest.title.en;
  const headingId = `form-${group.id}-title`;
  const effect = switchOffEffect(group.id);
  const toggle = () =>
    void publisher.publish(
      (draft) => ({
        ...draft,
        settings: withFormEnabled(draft.settings, group.id, !group.enabled),
      }),
      group.enabled
        ? `“${title}” is switched off. Tablets stop offering it for new responses once they have this configuration; responses already waiting on them are still sent.`
        : `“${title}” is switched on. Tablets offer it again once they have this configuration.`,
    );

  return (
    <section class="card manage-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        Form id <code>{group.id}</code> ·{' '}
        <strong class={group.enabled ? 'manage-on' : 'manage-off'}>
          {group.enabled ? 'On' : 'Off'}
        </strong>
        {group.enabled
          ? ': tablets offer it for new responses.'
          : ': tablets do not offer it for new responses.'}
      </p>
      <ManageTable label={`Versions of ${title}`} caption={`Versions of ${title}, oldest first`}>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Title</th>
            <th scope="col">Who answers</th>
            <th scope="col">Anonymous</th>
            <th scope="col">Questions</th>
            <th scope="col">Translations</th>
          </tr>
        </thead>
        <tbody>
          {group.versions.map(({ form, source }) => (
            <tr key={form.version}>
              <th scope="row">
                {form.version}
                {form === newest ? ' (newest)' : ''}
                <span class="manage-version-source">{source}</span>
              </th>
              <td>{form.title.en}</td>
              <td>{AUDIENCE_NAMES[form.audience]}</td>
              <td>{form.anonymous ? 'Yes' : 'No'}</td>
              <td>{questionCount(form)}</td>
              <td>{translations(form)}</td>
            </tr>
          ))}
        </tbody>
      </ManageTable>
      <div class="manage-row-actions">
        {group.versions.map(({ form }) => (
          <button
            type="button"
            class="button link"
            key={form.version}
            onClick={() => download(form)}
          >
            Download version {form.version} as JSON
            <span class="visually-hidden"> ({form.title.en})</span>
          </button>
        ))}
      </div>
      {publisher.canPublish ? (
        <div class="manage-entry-actions">
          <button
            type="button"
            class={group.enabled ? 'button secondary danger' : 'button secondary'}
            disabled={publisher.busy}
            aria-describedby={effect ? `${headingId}-effect` : undefined}
            onClick={toggle}
          >
            {group.enabled ? 'Switch off and publish' : 'Switch on and publish'}
            <span class="visually-hidden"> “{title}”</span>
          </button>
          {effect ? (
            <p class="hint" id={`${headingId}-effect`}>
              {effect}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** Every form (built-in and published) with its versions side by side; switch off; upload. */
export function FormsScreen() {
  const { config } = useWorkspace();
  const publisher = usePublish();
  const published = config?.payload.forms ?? [];
  const groups = formGroups(BUILTIN_FORMS, published, config?.payload.settings ?? DEFAULT_SETTINGS);

  return (
    <div class="manage-screen">
      <h1>Forms</h1>
      <p>
        Forms built into Hearth and those your partnership published, with every version. A form
        that is switched off is not offered on tablets for new responses; nothing already collected
        is lost.
      </p>
      {publisher.canPublish ? null : (
        <p class="notice">Only an admin can switch forms on or off and publish new versions.</p>
      )}
      {publisher.feedback}
      {groups.map((group) => (
        <FormGroupCard key={group.id} group={group} publisher={publisher} />
      ))}
      {publisher.canPublish ? (
        <FormUpload existing={[...BUILTIN_FORMS, ...published]} publisher={publisher} />
      ) : null}
    </div>
  );
}
