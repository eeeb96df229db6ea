// After client-side navigation, focus goes to the new screen's <h1> so keyboard and screen
// reader users start at the top of what changed. Screens load lazily, so the heading may
// arrive a moment after the navigation: wait for it (briefly).

const WAIT_MS = 5000;

/** Focuses the first h1 inside `container` now or once it appears; returns a cancel function. */
export function focusHeadingWhenReady(container: HTMLElement): () => void {
  const focus = (): boolean => {
    const heading = container.querySelector('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
    return true;
  };
  if (focus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
