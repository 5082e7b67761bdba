import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spread } from '../../../src/ui/spread';

describe('spread', () => {
  it('leaves points that are already far enough apart where they are', () => {
    expect(spread([10, 40, 100], 24, 0, 200)).toEqual([10, 40, 100]);
  });

  it('centres a run of crowded points on where they wish to be', () => {
    expect(spread([100, 100, 100], 24, 0, 300)).toEqual([76, 100, 124]);
  });

  it('pushes a run in from an edge and keeps the order', () => {
    expect(spread([290, 295, 300], 24, 12, 316)).toEqual([268, 292, 316]);
    expect(spread([0, 1], 24, 12, 316)).toEqual([12, 36]);
  });

  it('keeps every point within bounds, in order, at least the gap apart, whenever they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 400, noNaN: true }), { minLength: 1, maxLength: 13 }), (raw) => {
        const wishes = [...raw].sort((a, b) => a - b);
        const placed = spread(wishes, 24, 12, 316);
        expect(placed).toHaveLength(wishes.length);
        placed.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(12 - 1e-9);
          expect(x).toBeLessThanOrEqual(316 + 1e-9);
          if (i) expect(x - placed[i - 1]!).toBeGreaterThanOrEqual(24 - 1e-9);
        });
      }),
    );
  });
});
