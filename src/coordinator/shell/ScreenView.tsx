import type { ComponentChildren } from 'preact';
import { COORDINATOR_PATHS } from '../routes';
import type { ShellRoute } from './route';
import { useReviewProvider, useScreen, type RoutedScreen } from './screens';

// The main area for a route whose needs are met (signed in, unlocked if it must be, allowed
// for the role): its lazily loaded screen. Once the key is unlocked, every screen sits inside
// the review data provider, so the dataset loads once and survives moving between screens.

interface Props {
  route: ShellRoute;
  unlocked: boolean;
  /** Shown above the screen (a notice). */
  children?: ComponentChildren;
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <a href={COORDINATOR_PATHS.overview}>Go to the overview</a>
      </p>
    </>
  );
}

function Loading() {
  return (
    <p role="status" class="progress-text">
      Loading…
    </p>
  );
}

function LoadedScreen({ screen, formId }: { screen: RoutedScreen; formId?: string | undefined }) {
  const loaded = useScreen(screen);
  if (!loaded) return <Loading />;
  if (!loaded.ok) {
    return (
      <>
        <h1>This page did not load</h1>
        <p class="notice warning">{loaded.error}</p>
      </>
    );
  }
  const Screen = loaded.value;
  return formId === undefined ? <Screen /> : <Screen formId={formId} />;
}

export function ScreenView({ route, unlocked, children }: Props) {
  const provider = useReviewProvider(unlocked);
  if (route.screen === 'notFound') return <NotFound />;
  if (route.screen === 'unlock') return <Loading />;
  const screen = (
    <>
      {children}
      <LoadedScreen key={route.screen} screen={route.screen} formId={route.formId} />
    </>
  );
  if (!unlocked) return screen;
  if (!provider) return <Loading />;
  if (!provider.ok) return screen;
  const Provider = provider.value;
  return <Provider>{screen}</Provider>;
}
