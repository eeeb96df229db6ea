import type { ComponentChildren } from 'preact';
import { COORDINATOR_PATHS } from '../routes';
import type { ShellRoute } from './route';
import { useFormScreen, useScreen, type RoutedScreen } from './screens';

// The main area for a route whose needs are met (signed in, unlocked if it must be, allowed
// for the role): its lazily loaded screen.

interface Props {
  route: ShellRoute;
  /** Shown above the screen (a notice). */
  children?: ComponentChildren;
}

export function Loading() {
  return (
    <p role="status" class="progress-text">
      Loading…
    </p>
  );
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

type Loaded<T> = { ok: true; value: T } | { ok: false; error: string } | undefined;

function Failed({ error }: { error: string }) {
  return (
    <>
      <h1>This page did not load</h1>
      <p class="notice warning">{error}</p>
    </>
  );
}

function render<T>(loaded: Loaded<T>, show: (value: T) => ComponentChildren) {
  if (!loaded) return <Loading />;
  return loaded.ok ? show(loaded.value) : <Failed error={loaded.error} />;
}

function Screen({ screen }: { screen: RoutedScreen }) {
  return render(useScreen(screen), (Component) => <Component />);
}

function Form({ formId }: { formId: string }) {
  return render(useFormScreen(), (Component) => <Component formId={formId} />);
}

export function ScreenView({ route, children }: Props) {
  const { screen, formId } = route;
  if (screen === 'notFound') return <NotFound />;
  if (screen === 'unlock') return <Loading />;
  return (
    <>
      {children}
      {screen === 'form' ? <Form formId={formId ?? ''} /> : <Screen key={screen} screen={screen} />}
    </>
  );
}
