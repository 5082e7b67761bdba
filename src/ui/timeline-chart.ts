import type { ContextPack, TimelineEvent } from '../context/pack-schema';
import type { Locale } from '../i18n/catalog';
import { eventLabel } from './event-label';
import { eventTime, formatEventDate } from './format-date';
import { layoutTimeline, type TimelineLayout } from './timeline-layout';

/** How a screen words the chart, from its own messages. */
export interface ChartWords {
  title: (span: { from: number; to: number }) => string;
  toward: string;
  away: string;
  neutral: string;
  /** The detail line before any event has been pointed at, tapped or focused. */
  hint: string;
  describe: (event: TimelineEvent, date: string) => string;
  paragraph: (n: number) => { short: string; long: string };
}

export interface ChartEvent {
  id: string;
  stance: number;
  /** Date, text and direction: the detail line, and the mark's accessible name with the paragraph. */
  text: string;
  paragraph: { short: string; long: string };
}

/**
 * Everything the timeline draws, worked out ahead of drawing. The card's comes from the background
 * (see ChartedPack), so the content script carries neither the layout nor the wording code.
 */
export interface TimelineChart {
  title: string;
  legend: { toward: string; away: string; neutral: string };
  hint: string;
  events: ChartEvent[];
  /** One layout per set of events that can be highlighted together, keyed by chartKey. */
  layouts: Record<string, TimelineLayout>;
}

/** A pack as the background serves it to X tabs: with its card timeline for the tab's language. */
export type ChartedPack = ContextPack & { chart?: TimelineChart };

export const chartKey = (ids: Iterable<string>) => [...ids].join(' ');

/** The word for a stance, from words listed strongly away, away, neither, toward, strongly toward. */
export const stanceWord = (stance: number, words: readonly string[]) => words[stance + 2]!;

export interface ChartOptions {
  width: number;
  maxLabelRows: number;
}

/** Side of each event's square target, in CSS px: a fingertip's worth (WCAG 2.5.8), for every pointer. */
export const TARGET = 24;
export const FONT_SIZE = 10;

/**
 * Lays out `events` (in date order) once for each set in `highlightSets` (and for none), labelling
 * the highlighted events with their short label and date.
 */
export function buildChart(
  events: readonly TimelineEvent[],
  locale: Locale,
  words: ChartWords,
  highlightSets: Iterable<readonly string[]>,
  options: ChartOptions,
): TimelineChart {
  const dates = events.map((event) => formatEventDate(event, locale));
  const years = events.map((event) => Number(event.date.slice(0, 4)));
  const layouts: Record<string, TimelineLayout> = {};
  // No events, no layouts: there is nothing to draw.
  for (const ids of events.length ? [[], ...highlightSets] : []) {
    const on = new Set(ids);
    layouts[chartKey(on)] ??= layoutTimeline(
      events.map((event, index) => ({
        time: eventTime(event),
        stance: event.stance,
        label: on.has(event.id) ? `${eventLabel(event, locale)} · ${dates[index]}` : undefined,
      })),
      { ...options, target: TARGET, fontSize: FONT_SIZE },
    );
  }
  return {
    title: words.title({ from: Math.min(...years), to: Math.max(...years) }),
    legend: { toward: words.toward, away: words.away, neutral: words.neutral },
    hint: words.hint,
    events: events.map((event, index) => ({
      id: event.id,
      stance: event.stance,
      text: words.describe(event, dates[index]!),
      paragraph: words.paragraph(event.paragraph),
    })),
    layouts,
  };
}
