import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ScreenName } from './route';

// Every workspace screen is its own lazy chunk, loaded when first visited and kept.

export type ScreenComponent = ComponentType<{ formId?: string }>;
type Loader = () => Promise<ScreenComponent>;

export type RoutedScreen = Exclude<ScreenName, 'unlock' | 'notFound'>;

const LOADERS: Partial<Record<RoutedScreen, Loader>> = {
  account: () => import('../access/ChangePassphrase').then((m) => m.AccountScreen),
  recover: () => import('../access/RecoverScreen').then((m) => m.RecoverScreen),
};

type Provider = ComponentType<{ children?: ComponentChildren }>;
const loadReviewProvider: (() => Promise<Provider>) | undefined = undefined;

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    // A failed chunk load (offline, new deploy) may be retried on the next visit.
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; error: string } | undefined;

function useLoaded<T>(key: string | undefined, load: (() => Promise<T>) | undefined): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>();
  useEffect(() => {
    if (key === undefined || load === undefined) return;
    let live = true;
    once(key, load).then(
      (value) => live && setState({ key, loaded: { ok: true, value } }),
      () =>
        live &&
        setState({
          key,
          loaded: {
            ok: false,
            error: 'This screen could not be loaded. Check the connection and try again.',
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state !== undefined && state.key === key ? state.loaded : undefined;
}

/** The screen's component once its chunk has loaded. */
export function useScreen(screen: RoutedScreen): Loaded<ScreenComponent> {
  return useLoaded(screen, LOADERS[screen]);
}

/** The review data provider, loaded once the key is unlocked. */
export function useReviewProvider(wanted: boolean): Loaded<Provider> {
  const loaded = useLoaded(wanted ? 'review-provider' : undefined, loadReviewProvider);
  return loadReviewProvider ? loaded : { ok: false, error: 'no review provider' };
}
