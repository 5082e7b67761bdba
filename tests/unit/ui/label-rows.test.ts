import { describe, expect, it } from 'vitest';
import { LABEL_GAP, placeLabels } from '../../../src/ui/label-rows';
import { textWidth } from '../../../src/ui/text-width';

describe('placeLabels', () => {
  it('ends a label at its leader when there is room, in the row nearest the chart', () => {
    const placed = placeLabels([{ x: 200, width: 120 }], 328, 4);
    expect(placed).toEqual([{ index: 0, row: 0, left: 80, right: 200, anchor: 'end' }]);
  });

  it('slides a label in from the left edge, 2 px clear of it, still spanning its leader', () => {
    const [near, far] = placeLabels(
      [
        { x: 30, width: 120 },
        { x: 320, width: 100 },
      ],
      328,
      4,
    );
    expect(near).toMatchObject({ left: 2, right: 122, anchor: 'start' });
    expect(far).toMatchObject({ left: 220, right: 320, anchor: 'end' });
  });

  it('stacks labels whose spans meet, the one covering another’s leader above it', () => {
    const placed = placeLabels(
      [
        { x: 240, width: 120 },
        { x: 268, width: 120 },
        { x: 316, width: 120 },
      ],
      328,
      4,
    );
    // Each label ends at its leader, so it covers the leaders to its left: those go lower.
    expect(placed.map((label) => label.row)).toEqual([0, 1, 2]);
  });

  it('prefers a span that covers no other leader over one that ends at its own', () => {
    // Ending at 145 would run off the left edge; starting there would cover the leader at 244.
    const [early] = placeLabels(
      [
        { x: 145, width: 180 },
        { x: 244, width: 150 },
      ],
      328,
      4,
    );
    expect(early!.right).toBeLessThanOrEqual(244 - LABEL_GAP);
    expect(early!.left).toBeGreaterThanOrEqual(0);
  });

  it('leaves out labels beyond the last row, and labels wider than the chart', () => {
    const same = Array.from({ length: 5 }, () => ({ x: 160, width: 100 }));
    expect(placeLabels(same, 328, 3).map((label) => label.row)).toEqual([0, 1, 2]);
    expect(placeLabels([{ x: 160, width: 400 }], 328, 3)).toEqual([]);
  });
});

describe('textWidth', () => {
  it('counts a Chinese character as a full em and a Latin letter as less', () => {
    expect(textWidth('推特', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(textWidth('推特', 10));
    expect(textWidth('', 10)).toBe(0);
  });
});
