import { useEffect, useState } from 'preact/hooks';
import { applyUpdate, isUpdateReady, onUpdateReady } from './pwa';

/** Staff screens offer a waiting update; it is applied only when staff choose to. */
export function UpdateBanner() {
  const [ready, setReady] = useState(isUpdateReady());
  useEffect(() => onUpdateReady(() => setReady(true)), []);
  if (!ready) return null;
  return (
    <div class="update-banner" role="status">
      <span>A new version of Hearth is ready.</span>
      <button type="button" class="button" onClick={applyUpdate}>
        Update now
      </button>
    </div>
  );
}
