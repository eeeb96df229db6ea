import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { publishConfig, type ConfigDraft } from '../config/publish';
import { COORDINATOR_PATHS } from '../routes';
import { TextField } from '../ui/Field';
import { useWorkspace } from '../workspace';
import { publishErrorMessage, startDraft } from './publishing';

export interface Publisher {
  /** Only admins publish; reviewers see the screens read-only. */
  canPublish: boolean;
  busy: boolean;
  /**
   * Signs and publishes `edit(current draft)` in this browser; true when it was published.
   * `edit` may throw a DraftProblem, whose message is shown (a check that failed, say).
   */
  publish(edit: (draft: ConfigDraft) => ConfigDraft, success: string): Promise<boolean>;
  /** Success, problems and the partnership name field (before anything is published). */
  feedback: JSX.Element;
}

/** One publish at a time per screen, with its outcome said in plain words. */
export function usePublish(): Publisher {
  const { coordinator, keyring, keys, config, refreshConfig, navigate } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<{ message: string; stale: boolean }>();
  const [name, setName] = useState('');
  const [outcomes, setOutcomes] = useState(0);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const canPublish = coordinator.role === 'admin';
  // The outcome takes focus (and scrolls into view): the button pressed may be far below it.
  useEffect(() => {
    if (outcomes > 0) outcomeRef.current?.focus();
  }, [outcomes]);

  const publish: Publisher['publish'] = async (edit, success) => {
    setDone('');
    setError(undefined);
    const refuse = (message: string) => {
      setError({ message, stale: false });
      setOutcomes((n) => n + 1);
      return false;
    };
    if (!keys) return refuse('The partnership key is locked. Unlock it to publish.');
    if (!config && name.trim() === '') {
      return refuse('Enter the partnership’s name before publishing.');
    }
    setBusy(true);
    try {
      const draft = edit(startDraft(config?.payload ?? null, name.trim()));
      await publishConfig(draft, keyring, keys, config?.signed.version ?? 0);
      await refreshConfig();
      setDone(success);
      return true;
    } catch (e) {
      setError(publishErrorMessage(e));
      return false;
    } finally {
      setBusy(false);
      setOutcomes((n) => n + 1);
    }
  };

  const feedback = (
    <>
      {!config && canPublish ? (
        <TextField
          id="partnership-name"
          label="Partnership name"
          class="manage-field"
          hint="Nothing has been published yet; the first publish needs the partnership’s name."
          value={name}
          onInput={setName}
          input={{ type: 'text' }}
        />
      ) : null}
      <div class="manage-outcome" tabIndex={-1} ref={outcomeRef}>
        <div role="status">{done ? <p class="notice">{done}</p> : null}</div>
        <div role="alert">
          {error ? (
            <div class="notice warning">
              <p>{error.message}</p>
              {error.stale ? (
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => void refreshConfig().then(() => setError(undefined))}
                >
                  Reload the configuration
                </button>
              ) : null}
              {!keys && !error.stale ? (
                <a
                  href={COORDINATOR_PATHS.unlock}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(COORDINATOR_PATHS.unlock);
                  }}
                >
                  Unlock the partnership key
                </a>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
    </>
  );

  return { canPublish, busy, publish, feedback };
}
