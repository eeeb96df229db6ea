import { useEffect, useState } from 'preact/hooks';
import { messages } from '../i18n';
import { applyUpdate, isUpdateReady, onUpdateReady } from './pwa';

/** Staff screens offer a waiting update; it is applied only when staff choose to. */
export function UpdateBanner() {
  const [ready, setReady] = useState(isUpdateReady());
  useEffect(() => onUpdateReady(() => setReady(true)), []);
  if (!ready) return null;
  const m = messages();
  return (
    <div class="update-banner" role="status">
      <span>{m.updateReady}</span>
      <button type="button" class="button" onClick={applyUpdate}>
        {m.updateNow}
      </button>
    </div>
  );
}
