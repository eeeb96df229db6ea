// GOV.UK "Exit this page" keyboard shortcut: Shift pressed 3 times, each press within 5 s
// of the last; any other key starts the count again.

export const PRESSES_TO_EXIT = 3;
export const PRESS_WINDOW_MS = 5000;

export interface ShiftCounter {
  /** Feed every keydown; returns how many Shift presses are still needed (0 = exit). */
  press(key: string, at: number): number;
  reset(): void;
}

export function createShiftCounter(): ShiftCounter {
  let count = 0;
  let lastAt = -Infinity;
  return {
    press(key, at) {
      if (key !== 'Shift') {
        count = 0;
        return PRESSES_TO_EXIT;
      }
      count = at - lastAt <= PRESS_WINDOW_MS ? count + 1 : 1;
      lastAt = at;
      const left = PRESSES_TO_EXIT - count;
      if (left <= 0) count = 0;
      return Math.max(left, 0);
    },
    reset() {
      count = 0;
      lastAt = -Infinity;
    },
  };
}
