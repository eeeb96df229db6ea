import { useLayoutEffect, useRef } from 'preact/hooks';

// The unlocked key is dropped after a stretch without input. Deadline-based (not one long
// timer) so a laptop that sleeps past the deadline locks as soon as it wakes. Armed in a layout
// effect, in the same commit that shows the unlocked workspace: a plain effect waits for the
// next frame, and a tab that gets no frames for a while (busy, or in the background) would
// start the 15 minutes late.

export const INACTIVITY_LIMIT_MS = 15 * 60 * 1000;
const CHECK_EVERY_MS = 5000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];

/** While someone is at the keyboard, the server hears from the tab at least this often. */
export const KEEP_ALIVE_EVERY_MS = 5 * 60 * 1000;

/**
 * Calls `onIdle` once `limitMs` pass with no input while `active` is true; meanwhile, while
 * there is input, calls `onPresent` every KEEP_ALIVE_EVERY_MS (to keep the server session).
 */
export function useInactivity(
  active: boolean,
  onIdle: () => void,
  onPresent?: () => void,
  limitMs = INACTIVITY_LIMIT_MS,
) {
  const idle = useRef(onIdle);
  idle.current = onIdle;
  const present = useRef(onPresent);
  present.current = onPresent;

  useLayoutEffect(() => {
    if (!active) return;
    let last = Date.now();
    let told = last;
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      const now = Date.now();
      if (now - last >= limitMs) return idle.current();
      if (now - told >= KEEP_ALIVE_EVERY_MS && now - last < KEEP_ALIVE_EVERY_MS) {
        told = now;
        present.current?.();
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, touch, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const type of ACTIVITY_EVENTS)
        window.removeEventListener(type, touch, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [active, limitMs]);
}
