import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardChart } from '../../../src/card/card-chart';
import { BUILTIN_PACK_JSON } from '../../../src/context/builtin-pack';
import { parsePack } from '../../../src/context/parse-pack';
import { LOCALES } from '../../../src/i18n/catalog';
import { eventTime } from '../../../src/ui/format-date';
import { chartKey, TARGET } from '../../../src/ui/timeline-chart';
import { layoutTimeline, type LayoutEvent, type TimelineLayout } from '../../../src/ui/timeline-layout';

const parsed = parsePack(BUILTIN_PACK_JSON);
if (!parsed.ok) throw new Error('built-in pack invalid');
const pack = parsed.pack;

type Box = { left: number; right: number; top: number; bottom: number };
// Squares that only touch do not overlap; the tolerance absorbs rounding in the sums.
const EPSILON = 1e-6;
const overlap = (a: Box, b: Box) =>
  a.left < b.right - EPSILON && b.left < a.right - EPSILON && a.top < b.bottom - EPSILON && b.top < a.bottom - EPSILON;
const half = TARGET / 2;
const targetOf = ({ x, y }: { x: number; y: number }): Box => ({
  left: x - half,
  right: x + half,
  top: y - half,
  bottom: y + half,
});
const FONT = 10;

/** Every way the layout can go wrong, as readable strings (an empty list is a good layout). */
function problemsOf(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const targets = layout.events.map(targetOf);
  targets.forEach((box, i) => {
    if (box.left < -EPSILON || box.right > layout.width + EPSILON) problems.push(`target ${i} crosses an edge`);
    if (box.bottom > layout.axisY + EPSILON) problems.push(`target ${i} runs into the year labels`);
    for (const [j, other] of targets.entries()) {
      if (j > i && overlap(box, other)) problems.push(`targets ${i} and ${j} overlap`);
    }
  });
  const plotTop = Math.min(...targets.map((box) => box.top));
  const labels = layout.labels.map((label) => ({ ...label, top: label.y - FONT, bottom: label.y + 2 }));
  labels.forEach((label, i) => {
    if (label.left < 0 || label.right > layout.width) problems.push(`label ${i} crosses an edge`);
    if (label.bottom > plotTop) problems.push(`label ${i} runs into the chart`);
    const dot = layout.events[label.event]!;
    const above = dot.x >= label.left - EPSILON && dot.x <= label.right + EPSILON;
    if (!above) problems.push(`label ${i} is not above its event`);
    labels.forEach((other, j) => {
      if (j > i && overlap(label, other)) problems.push(`labels ${i} and ${j} overlap`);
      // Another label's leader runs from its bottom down to its event.
      const leader = layout.events[other.event]!.x;
      if (j !== i && other.bottom <= label.top && leader > label.left && leader < label.right) {
        problems.push(`the leader of label ${j} crosses label ${i}`);
      }
    });
  });
  return problems;
}

describe('layoutTimeline on the built-in pack', () => {
  const sets = [[], ...pack.tickers.map((ticker) => ticker.events ?? [])];
  for (const locale of LOCALES) {
    const chart = cardChart(pack, locale);
    it(`${locale}: the card's layouts leave every event a 24 px target and labels clear of everything`, () => {
      for (const ids of sets) {
        const layout = chart.layouts[chartKey(ids)]!;
        expect(problemsOf(layout), `events ${ids.join(', ') || 'none'}`).toEqual([]);
        expect(layout.width).toBe(314);
      }
    });

    it(`${locale}: labels every event of each ticker, the densest years (2021–2023) included`, () => {
      for (const ticker of pack.tickers) {
        const ids = ticker.events ?? [];
        const layout = chart.layouts[chartKey(ids)]!;
        const labelled = layout.labels.map((label) => chart.events[label.event]!.id).sort();
        expect(labelled, `$${ticker.symbol}`).toEqual([...ids].sort());
      }
      // $TWTR's three events of late 2022 and January 2023 sit among twelve events in fifteen months.
      const twtr = chart.layouts[chartKey(pack.tickers.find((ticker) => ticker.symbol === 'TWTR')!.events!)]!;
      expect(new Set(twtr.labels.map((label) => label.y)).size).toBeGreaterThanOrEqual(3);
    });
  }

  it('is deterministic: the same pack lays out the same, to the last digit', () => {
    expect(cardChart(pack, 'en')).toEqual(cardChart(structuredClone(pack), 'en'));
  });

  it('keeps each lane in date order, each stem starting at the event’s true date', () => {
    const chart = cardChart(pack, 'en');
    const layout = chart.layouts['']!;
    for (const lane of [-1, 0, 1]) {
      const places = layout.events.filter((_, index) => Math.sign(chart.events[index]!.stance) === lane);
      const byDate = [...places].sort((a, b) => a.foot - b.foot);
      expect(places.map((place) => place.x).sort((a, b) => a - b)).toEqual(byDate.map((place) => place.x));
    }
    const times = [...pack.timeline].sort((a, b) => a.date.localeCompare(b.date)).map(eventTime);
    const last = times.length - 1;
    const scale = (layout.events[last]!.foot - layout.events[0]!.foot) / (times[last]! - times[0]!);
    layout.events.forEach((place, index) => {
      expect(place.foot).toBeCloseTo(layout.events[0]!.foot + (times[index]! - times[0]!) * scale, 6);
    });
  });

  it('puts events toward crypto above the baseline, away below it, neither on it', () => {
    const chart = cardChart(pack, 'en');
    const layout = chart.layouts['']!;
    chart.events.forEach((event, index) => {
      const y = layout.events[index]!.y;
      expect(Math.sign(layout.baseline - y), event.id).toBe(Math.sign(event.stance));
    });
  });
});

describe('layoutTimeline on any timeline', () => {
  const event = fc.record({
    time: fc.double({ min: 1990, max: 2030, noNaN: true }),
    stance: fc.integer({ min: -2, max: 2 }),
    label: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
  });

  it('never overlaps targets or labels, and keeps both inside the edges, up to 200 events', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 200 }), fc.constantFrom(314, 720), (events, width) => {
        const layout = layoutTimeline(events, { width, target: TARGET, maxLabelRows: 6, fontSize: FONT });
        // A leader may cross a label only when two labels point at each other; overlaps never.
        expect(problemsOf(layout).filter((problem) => !problem.includes('leader'))).toEqual([]);
        expect(layout.labels.length).toBeLessThanOrEqual(events.filter((item) => item.label).length);
      }),
      { numRuns: 150 },
    );
  });

  it('draws a lone event and events all on one day', () => {
    const same: LayoutEvent[] = Array.from({ length: 12 }, (_, i) => ({ time: 2020.5, stance: 0, label: `E ${i}` }));
    for (const events of [[{ time: 2020.5, stance: 1 }], same]) {
      const layout = layoutTimeline(events, { width: 328, target: TARGET, maxLabelRows: 4, fontSize: FONT });
      expect(problemsOf(layout)).toEqual([]);
    }
  });

  it('takes more rows for a lane with more events than fit across, rather than overlap them', () => {
    const crowded = Array.from({ length: 30 }, (_, index) => ({ time: 2000 + index / 10, stance: -1 }));
    const layout = layoutTimeline(crowded, { width: 328, target: TARGET, maxLabelRows: 4, fontSize: FONT });
    expect(problemsOf(layout)).toEqual([]);
    expect(new Set(layout.events.map((place) => place.y)).size).toBe(3);
  });
});
