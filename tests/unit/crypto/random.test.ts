import { describe, expect, it } from 'vitest';
import { randomId } from '../../../src/crypto';

describe('randomId', () => {
  it('returns distinct UUID v4s', () => {
    const ids = Array.from({ length: 100 }, randomId);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(100);
  });
});
