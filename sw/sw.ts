/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { listenForBackgroundSync } from './background-sync';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

// The whole built app is precached so every screen (the kiosk and the neutral cover screen
// included) opens with no network after the first visit.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any navigation (/kiosk, /today, /outreach …) is answered by the cached app shell, except
// the API: API responses are never cached, so nothing a server says lingers on the device.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);

// The page decides when a waiting update may take over (never in the middle of answers).
// A page that finished loading just after this worker's activate-time claim is not
// controlled by it; such a page asks to be claimed, so its lazy chunks come from the cache.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : '';
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'CLAIM') event.waitUntil(self.clients.claim());
});

listenForBackgroundSync();

// The first install takes control at once, so the very first visit is already offline-ready.
clientsClaim();
