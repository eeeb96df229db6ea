import { useState } from 'preact/hooks';
import { ConfigError, installSetupFile } from '../device/config';
import { configErrorText } from './device-errors';
import { messages } from '../i18n';

/** Load a partnership setup file: works with no network, verified before anything is kept. */
export function SetupFileForm({ onInstalled }: { onInstalled: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const m = messages();

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const config = await installSetupFile(await file.text());
      setMessage({
        ok: true,
        text: m.setupDone(config.partnershipName, config.version),
      });
      onInstalled();
    } catch (err) {
      const text = err instanceof ConfigError ? configErrorText(m, err.code) : m.setupUnreadable;
      setMessage({ ok: false, text: m.setupUnchanged(text) });
    }
  };

  return (
    <section aria-labelledby="setup-title">
      <h2 id="setup-title">{m.setupTitle}</h2>
      <p>{m.setupLead}</p>
      <label for="setup-file">{m.setupFile}</label>
      <input id="setup-file" type="file" accept=".json,application/json" onChange={onFile} />
      {message ? (
        <p class={message.ok ? 'notice' : 'notice warning'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
