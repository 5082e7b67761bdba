import { LABEL_GAP, placeLabels } from './label-rows';
import { spread } from './spread';
import { textWidth } from './text-width';

export interface LayoutEvent {
  /** In fractional years (see eventTime). */
  time: number;
  stance: number;
  /** Written on the chart: set for the ticker's own events. */
  label?: string | undefined;
}

export interface LayoutOptions {
  width: number;
  /** Side of each event's square target; also the least distance between two events' centres. */
  target: number;
  maxLabelRows: number;
  fontSize: number;
}

export interface EventPlace {
  x: number;
  y: number;
  /** Where the event's date falls on the baseline; its stem starts there. */
  foot: number;
}

export interface LabelPlace {
  event: number;
  text: string;
  /** Where the text starts (`anchor` start) or ends (`anchor` end), and its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  left: number;
  right: number;
  /** The leader runs from here down to the event's mark. */
  leaderTop: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  baseline: number;
  /** Where the year labels' row begins. */
  axisY: number;
  ticks: { year: number; x: number }[];
  events: EventPlace[];
  labels: LabelPlace[];
}

/**
 * Lays the events out in three lanes: above the baseline those that moved Twitter toward crypto,
 * on it the neutral ones, below it those that moved it away. Within a lane, events closer than
 * one target are spread along the time axis (their stems still start at their true date); a lane
 * with more events than fit across takes more rows, farther from the baseline. Labels go in rows
 * above the chart. Every number depends only on the input, so the same pack draws the same way.
 */
export function layoutTimeline(events: readonly LayoutEvent[], options: LayoutOptions): TimelineLayout {
  const { width, target, fontSize } = options;
  const half = target / 2;
  const times = events.map((event) => event.time);
  const from = Math.floor(Math.min(...times));
  const to = Math.max(Math.ceil(Math.max(...times)), from + 1);
  const timeX = (time: number) => half + ((time - from) / (to - from)) * (width - target);
  const capacity = Math.floor((width - target) / target) + 1;

  const xs: number[] = [];
  const rowOf: number[] = [];
  const rowsIn = new Map<number, number>();
  for (const lane of [1, 0, -1]) {
    const members = events
      .map((event, index) => ({ index, time: event.time, lane: Math.sign(event.stance) }))
      .filter((event) => event.lane === lane)
      .sort((a, b) => a.time - b.time || a.index - b.index);
    const rows = Math.max(1, Math.ceil(members.length / capacity));
    rowsIn.set(lane, rows);
    for (let row = 0; row < rows; row++) {
      // Every `rows`-th event, so each row still spans the whole time range.
      const inRow = members.filter((_, rank) => rank % rows === row);
      const placed = spread(
        inRow.map((event) => timeX(event.time)),
        target,
        half,
        width - half,
      );
      inRow.forEach((event, k) => {
        xs[event.index] = placed[k]!;
        rowOf[event.index] = row;
      });
    }
  }

  // Room for CJK fonts, whose text boxes are up to 1.7 em tall (Firefox counts the line gap).
  const rowHeight = Math.ceil(fontSize * 1.8);
  const wishes = events.flatMap((event, index) =>
    event.label ? [{ index, text: event.label, x: xs[index]!, width: textWidth(event.label, fontSize) }] : [],
  );
  const placed = placeLabels(wishes, width, options.maxLabelRows);
  const labelRows = placed.length ? Math.max(...placed.map((label) => label.row)) + 1 : 0;
  const top = labelRows * rowHeight + (labelRows ? LABEL_GAP : 0);

  // Extra neutral rows alternate above and below the baseline, so it stays the lane's middle.
  const neutralRows = rowsIn.get(0)!;
  const neutralAbove = Math.floor(neutralRows / 2);
  const neutralBelow = Math.floor((neutralRows - 1) / 2);
  const baseline = top + (rowsIn.get(1)! + neutralAbove) * target + half;
  const axisY = baseline + (neutralBelow + rowsIn.get(-1)!) * target + half;
  const laneY = (stance: number, row: number) =>
    stance > 0
      ? baseline - (neutralAbove + 1 + row) * target
      : stance < 0
        ? baseline + (neutralBelow + 1 + row) * target
        : baseline + (row % 2 ? -1 : 1) * Math.ceil(row / 2) * target;

  const places = events.map((event, index) => ({
    x: xs[index]!,
    y: laneY(event.stance, rowOf[index]!),
    foot: timeX(event.time),
  }));
  const labels = placed.map(({ index, row, left, right, anchor }) => {
    const wish = wishes[index]!;
    const y = (labelRows - 1 - row) * rowHeight + Math.round(fontSize * 1.3);
    const x = anchor === 'end' ? right : left;
    return { event: wish.index, text: wish.text, x, y, anchor, left, right, leaderTop: y + 3 };
  });

  const step = to - from > 8 ? 4 : to - from > 4 ? 2 : 1;
  const ticks: { year: number; x: number }[] = [];
  for (let year = from; year <= to; year += step) ticks.push({ year, x: timeX(year) });
  return { width, height: axisY + fontSize + 6, baseline, axisY, ticks, events: places, labels };
}
