import type { TimelineEvent } from '../context/pack-schema';
import { STANCE_MAX } from '../context/stance';
import type { Locale } from '../i18n/catalog';
import { eventTime, formatEventDate } from './format-date';

interface TimelineProps {
  events: readonly TimelineEvent[];
  /** Events that concern the ticker the card is about; drawn in the accent colour. */
  highlighted: ReadonlySet<string>;
  locale: Locale;
  title: string;
  describe: (event: TimelineEvent, date: string) => string;
  /** The options page draws it large. */
  width?: number;
  height?: number;
}

/**
 * The relationship over time as a lollipop chart: each event a stem from the baseline, up when it
 * moved Twitter toward crypto, down when away. Direction carries the meaning, so it reads without
 * colour; highlighted events are larger and in the accent colour.
 */
export function Timeline({ events, highlighted, locale, title, describe, width = 328, height = 76 }: TimelineProps) {
  if (!events.length) return null;
  const times = events.map(eventTime);
  const from = Math.floor(Math.min(...times));
  const to = Math.max(Math.ceil(Math.max(...times)), from + 1);
  const left = 14;
  const right = width - 14;
  const top = 10;
  const axisY = height - 18;
  const baseline = top + (axisY - top) / 2;
  const x = (time: number) => left + ((time - from) / (to - from)) * (right - left);
  const y = (stance: number) => baseline - (stance / STANCE_MAX) * ((axisY - top) / 2 - 4);
  const step = to - from > 8 ? 4 : to - from > 4 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = from; year <= to; year += step) ticks.push(year);

  const order = events
    .map((event, index) => ({ event, time: times[index]!, on: highlighted.has(event.id) }))
    // Highlighted events last, so they are painted on top.
    .sort((a, b) => Number(a.on) - Number(b.on));

  return (
    <svg class="timeline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title}>
      <line class="tl-baseline" x1={left} x2={right} y1={baseline} y2={baseline} />
      {ticks.map((year) => (
        <g key={year}>
          <line class="tl-tick" x1={x(year)} x2={x(year)} y1={axisY - 3} y2={axisY + 1} />
          <text class="tl-label" x={x(year)} y={height - 4} text-anchor="middle">
            {year}
          </text>
        </g>
      ))}
      {order.map(({ event, time, on }) => {
        const date = formatEventDate(event, locale);
        return (
          <g key={event.id} class={on ? 'tl-event tl-on' : 'tl-event'} data-event={event.id}>
            <title>{describe(event, date)}</title>
            <line x1={x(time)} x2={x(time)} y1={baseline} y2={y(event.stance)} />
            <circle cx={x(time)} cy={y(event.stance)} r={on ? 4.5 : 3} />
          </g>
        );
      })}
    </svg>
  );
}
