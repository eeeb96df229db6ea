import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getLock } from '../storage/lock';
import { lockedRedirect, replaceTo, routeOf, type Route } from './routes';

// Each surface is its own lazy chunk: the kiosk's first paint does not carry staff code.
const loaders: Record<Exclude<Route, 'not-found'>, () => Promise<ComponentType>> = {
  kiosk: () => import('../kiosk/KioskApp').then((m) => m.KioskApp),
  cover: () => import('../cover/CoverScreen').then((m) => m.CoverScreen),
  outreach: () => import('../outreach/OutreachHome').then((m) => m.OutreachHome),
  coordinator: () => import('../coordinator/CoordinatorApp').then((m) => m.CoordinatorApp),
};

export function App() {
  const [Screen, setScreen] = useState<ComponentType | null>(null);

  useEffect(() => {
    const route = routeOf(location.pathname);
    // Fetch the screen's code while the lock is read: both are on the first-paint path.
    const screen = route === 'not-found' ? Promise.resolve(NotFound) : loaders[route]();
    void (async () => {
      const redirect = lockedRedirect(route, await getLock());
      if (redirect) return replaceTo(redirect);
      const component = await screen;
      setScreen(() => component);
    })();
  }, []);

  return Screen ? <Screen /> : null;
}

function NotFound() {
  return (
    <main class="page">
      <h1>Page not found</h1>
      <p>
        <a href="/outreach">Go to the start page</a>
      </p>
    </main>
  );
}
