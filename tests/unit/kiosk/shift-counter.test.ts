import { describe, expect, it } from 'vitest';
import { createShiftCounter } from '../../../src/kiosk/shift-counter';

describe('Shift×3 quick exit', () => {
  it('exits on the third Shift when each is within 5 s of the last', () => {
    const c = createShiftCounter();
    expect(c.press('Shift', 0)).toBe(2);
    expect(c.press('Shift', 4_900)).toBe(1);
    expect(c.press('Shift', 9_800)).toBe(0);
  });

  it('starts again after a gap over 5 s', () => {
    const c = createShiftCounter();
    c.press('Shift', 0);
    c.press('Shift', 1_000);
    expect(c.press('Shift', 6_001)).toBe(2);
  });

  it('starts again after any other key', () => {
    const c = createShiftCounter();
    c.press('Shift', 0);
    c.press('Shift', 100);
    expect(c.press('a', 200)).toBe(3);
    expect(c.press('Shift', 300)).toBe(2);
  });

  it('counts afresh after an exit', () => {
    const c = createShiftCounter();
    [0, 1, 2].forEach((t) => c.press('Shift', t));
    expect(c.press('Shift', 3)).toBe(2);
  });
});
