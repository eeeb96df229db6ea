import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AccountScreen } from '../access/ChangePassphrase';
import type { ScreenName } from './route';

// Every workspace screen is its own lazy chunk, loaded when first visited and kept.

export type ScreenComponent = ComponentType;
type Loader<T> = () => Promise<T>;

export type RoutedScreen = Exclude<ScreenName, 'unlock' | 'notFound' | 'form'>;

const LOADERS: Record<RoutedScreen, Loader<ScreenComponent>> = {
  overview: () => import('../review/OverviewScreen').then((m) => m.OverviewScreen),
  freeText: () => import('../review/FreeTextScreen').then((m) => m.FreeTextScreen),
  exports: () => import('../report/ExportsScreen').then((m) => m.ExportsScreen),
  report: () => import('../report/ReportScreen').then((m) => m.ReportScreen),
  manageForms: () => import('../manage/FormsScreen').then((m) => m.FormsScreen),
  manageEvents: () => import('../manage/EventsScreen').then((m) => m.EventsScreen),
  settings: () => import('../manage/SettingsScreen').then((m) => m.SettingsScreen),
  devices: () => import('../manage/DevicesScreen').then((m) => m.DevicesScreen),
  audit: () => import('../manage/AuditScreen').then((m) => m.AuditScreen),
  people: () => import('../access/PeopleScreen').then((m) => m.PeopleScreen),
  // Already in the shell's chunk (the hand-over step uses the same module).
  account: () => Promise.resolve(AccountScreen),
  recover: () => import('../access/RecoverScreen').then((m) => m.RecoverScreen),
};

type FormScreenComponent = ComponentType<{ formId: string }>;
const loadFormScreen: Loader<FormScreenComponent> = () =>
  import('../review/FormScreen').then((m) => m.FormScreen);

type Provider = ComponentType<{ children: ComponentChildren }>;
const loadReviewProvider: Loader<Provider> = () =>
  import('../review/ReviewProvider').then((m) => m.ReviewProvider);

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

function useLoaded<T>(key: string, load: Loader<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>();
  useEffect(() => {
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

export function useFormScreen(): Loaded<FormScreenComponent> {
  return useLoaded('form', loadFormScreen);
}

/**
 * The review data provider. It wraps the whole main area so the dataset loads once the key
 * is unlocked and survives moving between screens; it drops the rows itself on lock.
 */
export function useReviewProvider(): Loaded<Provider> {
  return useLoaded('review-provider', loadReviewProvider);
}
