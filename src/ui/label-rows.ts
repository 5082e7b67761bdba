/** A label to put above the chart: its leader drops from it at `x` to the event's mark. */
export interface LabelWish {
  x: number;
  width: number;
}

export interface PlacedLabel {
  /** Index into the wishes. */
  index: number;
  /** 0 is the row nearest the chart. */
  row: number;
  left: number;
  right: number;
  /** The text starts at `left`, or ends at `right`, which is then exactly its leader. */
  anchor: 'start' | 'end';
}

/** Space kept between two labels, and between a label and another label's leader. */
export const LABEL_GAP = 4;
/** Kept free at either edge: a glyph's side bearing may be drawn a pixel beyond its text box. */
const EDGE = 2;

type Span = { left: number; right: number };
const covers = (box: Span, x: number) => x > box.left - LABEL_GAP && x < box.right + LABEL_GAP;
const overlap = (a: Span, b: Span) => a.left < b.right + LABEL_GAP && b.left < a.right + LABEL_GAP;

/**
 * Puts labels in rows above a chart so that no two overlap, none crosses the edges, and no leader
 * runs through another label: a label whose span covers another's leader goes in a higher row
 * than that one (a leader only crosses the rows below its label). Greedy and deterministic: each
 * label takes the span that covers fewest other leaders; then, lowest first in that order, the
 * lowest row free for it. Labels needing more than `maxRows` rows, or wider than the chart, are
 * left out.
 */
export function placeLabels(wishes: readonly LabelWish[], width: number, maxRows: number): PlacedLabel[] {
  const xs = wishes.map((wish) => wish.x);
  const boxes = wishes.map((wish, i) => spanFor(wish, width, [...xs.slice(0, i), ...xs.slice(i + 1)]));
  const below = boxes.map((box, i) => (box ? xs.flatMap((x, j) => (j !== i && covers(box, x) ? [j] : [])) : []));
  const rows = boxes.map((box) => (box ? -1 : Infinity));
  for (let left = rows.filter((row) => row < 0).length; left > 0; left--) {
    const ready = rows.findIndex((row, i) => row < 0 && below[i]!.every((j) => rows[j]! >= 0));
    // Two labels each covering the other's leader (when neither can avoid it) make a cycle: the
    // earlier one then goes first and a leader may cross a label; labels still never overlap.
    const i = ready >= 0 ? ready : rows.indexOf(-1);
    const box = boxes[i]!;
    let row = Math.max(0, ...below[i]!.map((j) => rows[j]! + 1));
    while (row < maxRows && boxes.some((other, j) => rows[j] === row && overlap(box, other!))) row++;
    rows[i] = row;
  }
  return boxes.flatMap((box, index) => (box && rows[index]! < maxRows ? [{ index, row: rows[index]!, ...box }] : []));
}

/**
 * Where along its row a label goes: spanning its own leader, inside the chart, covering as few of
 * the `others` leaders as it can; ending at its leader if that is as good, else starting at it.
 */
function spanFor({ x, width: w }: LabelWish, width: number, others: readonly number[]) {
  const lo = Math.max(EDGE, x - w);
  const hi = Math.min(x, width - EDGE - w);
  if (lo > hi) return undefined;
  let best: (Span & { anchor: 'start' | 'end' }) | undefined;
  let fewest = Infinity;
  // The two preferred left edges, then those just clear of another leader on either side.
  for (const wish of [x - w, x, ...others.flatMap((other) => [other + LABEL_GAP, other - LABEL_GAP - w])]) {
    const left = Math.min(Math.max(wish, lo), hi);
    const box = { left, right: left + w, anchor: left === x - w ? ('end' as const) : ('start' as const) };
    const count = others.filter((other) => covers(box, other)).length;
    if (count < fewest) [best, fewest] = [box, count];
  }
  return best;
}
