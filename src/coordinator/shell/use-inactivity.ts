import { useEffect, useRef } from 'preact/hooks';

// The unlocked key is dropped after a stretch without input. Deadline-based (not one long
// timer) so a laptop that sleeps past the deadline locks as soon as it wakes.

export const INACTIVITY_LIMIT_MS = 15 * 60 * 1000;
const CHECK_EVERY_MS = 5000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'];

/** Calls `onIdle` once `limitMs` pass with no input while `active` is true. */
export function useInactivity(active: boolean, onIdle: () => void, limitMs = INACTIVITY_LIMIT_MS) {
  const idle = useRef(onIdle);
  idle.current = onIdle;

  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= limitMs) idle.current();
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
