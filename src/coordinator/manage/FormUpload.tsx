import { useState } from 'preact/hooks';
import type { Form } from '../../../protocol/form';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FieldFrame } from '../ui/Field';
import type { FieldIssue } from '../ui/issues';
import { checkUploadedForm } from './form-catalogue';
import { DraftProblem } from './publishing';
import type { Publisher } from './use-publish';

/** Larger than any sensible form; the whole config must stay under 2 MiB. */
const MAX_FILE_BYTES = 1024 * 1024;
const TEXT_ID = 'form-json';
const FILE_ID = 'form-file';

/**
 * Upload a form definition (a file or pasted JSON), check it against the shared Form schema
 * and publish it as a new version beside the old ones (records of old versions keep their
 * labels). Signing happens in this browser, in publish().
 */
export function FormUpload({
  existing,
  publisher,
}: {
  /** Every form version known: built-in and published. */
  existing: readonly Form[];
  publisher: Publisher;
}) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setIssues([]);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setIssues([
        { targetId: FILE_ID, message: 'The file is larger than 1 MB: is it a form definition?' },
      ]);
      return;
    }
    setText(await file.text());
    setFileName(file.name);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const check = checkUploadedForm(text, existing);
    if (!check.ok) {
      setIssues(check.problems.map((message) => ({ targetId: TEXT_ID, message })));
      return;
    }
    setIssues([]);
    const { form } = check;
    const published = await publisher.publish((draft) => {
      // Someone may have published meanwhile: check the version against the newest config.
      const again = checkUploadedForm(text, [...existing, ...draft.forms]);
      if (!again.ok) throw new DraftProblem(again.problems.join(' '));
      return { ...draft, forms: [...draft.forms, form] };
    }, `Published version ${form.version} of “${form.title.en}”. Tablets use it for new responses once they have this configuration; earlier versions are kept for the responses already collected.`);
    if (published) {
      setText('');
      setFileName('');
    }
  };

  const invalid = issues.some((i) => i.targetId === TEXT_ID);
  return (
    <section aria-labelledby="upload-title" class="manage-section">
      <h2 id="upload-title">Publish a new form or version</h2>
      <p>
        A form definition is JSON in the shape of the built-in forms (download one above to start
        from). Its version must be higher than every version of that form already built in or
        published. Earlier versions stay, so responses already collected keep their questions.
      </p>
      <ErrorSummary
        issues={issues}
        id="manage-errors"
        title="The form definition cannot be published"
      />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="coord-field manage-field">
          <label for={FILE_ID}>Choose a JSON file</label>
          <input
            id={FILE_ID}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
          {fileName ? (
            <p class="hint" role="status">
              Loaded {fileName} into the box below.
            </p>
          ) : null}
        </div>
        <FieldFrame
          id={TEXT_ID}
          label="Form definition (JSON)"
          class="manage-field"
          hint="Or paste it here. You can correct it here too before publishing."
          error={
            invalid
              ? `${issues.length === 1 ? 'There is 1 problem' : `There are ${issues.length} problems`} with this form definition, listed above.`
              : undefined
          }
        >
          {(aria) => (
            <textarea
              {...aria}
              class="manage-code"
              rows={12}
              spellcheck={false}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          )}
        </FieldFrame>
        <button type="submit" class="button" disabled={publisher.busy}>
          {publisher.busy ? 'Publishing…' : 'Check and publish'}
        </button>
      </form>
    </section>
  );
}
