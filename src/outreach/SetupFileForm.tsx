import { useState } from 'preact/hooks';
import { ConfigError, installSetupFile } from '../device/config';

/** Load a partnership setup file: works with no network, verified before anything is kept. */
export function SetupFileForm({ onInstalled }: { onInstalled: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const config = await installSetupFile(await file.text());
      setMessage({
        ok: true,
        text: `Set up for ${config.partnershipName} (configuration version ${config.version}).`,
      });
      onInstalled();
    } catch (err) {
      const text = err instanceof ConfigError ? err.message : 'That file could not be read.';
      setMessage({ ok: false, text: `${text} Nothing on this tablet was changed.` });
    }
  };

  return (
    <section aria-labelledby="setup-title">
      <h2 id="setup-title">Set up from a file</h2>
      <p>
        Your coordinator can give you a Hearth setup file. It holds your partnership’s public key
        and forms, and is checked before it is used.
      </p>
      <label for="setup-file">Setup file</label>
      <input id="setup-file" type="file" accept=".json,application/json" onChange={onFile} />
      {message ? (
        <p class={message.ok ? 'notice' : 'notice warning'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
