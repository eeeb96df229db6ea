import { Workbox } from 'workbox-window';

// Registers the service worker and holds a waiting update until a screen says it is safe
// to apply (staff press "Update", or the kiosk is back on its start screen with no answers).

let wb: Workbox | undefined;
let updateReady = false;
const listeners = new Set<() => void>();

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    updateReady = true;
    listeners.forEach((fn) => fn());
  });
  void wb.register();
  void claimIfUncontrolled();
}

// The worker claims open pages when it activates, but a page still loading at that moment
// is skipped (it is not yet "execution ready") and would stay uncontrolled until reloaded:
// offline, its screens' lazy chunks would then fail to load. Such a page asks to be claimed.
async function claimIfUncontrolled(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) registration.active?.postMessage({ type: 'CLAIM' });
}

export function isUpdateReady(): boolean {
  return updateReady;
}

export function onUpdateReady(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Let the waiting worker take over, then reload into the new version. */
export function applyUpdate(): void {
  if (!wb || !updateReady) return;
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}
