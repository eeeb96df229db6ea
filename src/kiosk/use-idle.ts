import { useEffect, useRef, useState } from 'preact/hooks';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Idle detection for the kiosk (WCAG 2.2.1): after `idleMs` without input, `secondsLeft`
 * counts down from `countdownS`; at zero `onTimeout` runs. `extend()` dismisses the prompt
 * and starts the idle period again at once (not on the next render).
 */
export function useIdle(
  active: boolean,
  idleMs: number,
  countdownS: number,
  onTimeout: () => void,
) {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timeoutRef = useRef(onTimeout);
  timeoutRef.current = onTimeout;
  const extendRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!active) {
      setSecondsLeft(null);
      return;
    }
    let idleTimer = 0;
    let tick = 0;
    let prompting = false;
    const arm = () => {
      window.clearTimeout(idleTimer);
      idleTimer = window.setTimeout(startCountdown, idleMs);
    };
    const startCountdown = () => {
      prompting = true;
      // Measured against a deadline, not by counting ticks: a sleeping tablet throttles
      // timers, and the answers must still be gone when it wakes.
      const deadline = Date.now() + countdownS * 1000;
      setSecondsLeft(countdownS);
      tick = window.setInterval(() => {
        const left = Math.ceil((deadline - Date.now()) / 1000);
        if (left > 0) return setSecondsLeft(left);
        window.clearInterval(tick);
        prompting = false;
        setSecondsLeft(null);
        timeoutRef.current();
      }, 1000);
    };
    // While the prompt is up only its buttons count: a stray touch must not hide it silently.
    const onActivity = () => {
      if (!prompting) arm();
    };
    extendRef.current = () => {
      window.clearInterval(tick);
      prompting = false;
      setSecondsLeft(null);
      arm();
    };
    ACTIVITY.forEach((type) => window.addEventListener(type, onActivity, true));
    arm();
    return () => {
      window.clearTimeout(idleTimer);
      window.clearInterval(tick);
      ACTIVITY.forEach((type) => window.removeEventListener(type, onActivity, true));
    };
  }, [active, idleMs, countdownS]);

  return { secondsLeft, extend: () => extendRef.current() };
}
