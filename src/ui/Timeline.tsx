import { useRef, useState } from 'preact/hooks';
import { chartKey, FONT_SIZE, TARGET, type TimelineChart } from './timeline-chart';

interface TimelineProps {
  chart: TimelineChart;
  /** Events that concern the ticker: labelled on the chart and drawn in the accent colour. */
  highlighted: ReadonlySet<string>;
  /** The legend's entry for those events ("about $GRT"). */
  labelled?: string | undefined;
}

/**
 * The relationship over time: events that moved Twitter toward crypto above the line (▲), away
 * below it (▼), neither on it (●); the ticker's own events carry their label and date. The chart
 * is one Tab stop: ← → Home End move between events, and the line under it says what the pointed,
 * tapped or focused event is, with its paragraph.
 */
export function Timeline({ chart, highlighted, labelled }: TimelineProps) {
  // Which event the detail line shows, for which highlights (another ticker's card starts afresh).
  const [shown, setShown] = useState<{ of: ReadonlySet<string>; index: number }>();
  const stops = useRef<(SVGGElement | null)[]>([]);
  const layout = chart.layouts[chartKey(highlighted)];
  if (!layout) return null;
  const { events } = chart;
  const active = shown?.of === highlighted ? shown.index : undefined;
  const stop =
    active ??
    Math.max(
      0,
      events.findIndex((event) => highlighted.has(event.id)),
    );
  const show = (index: number) => setShown({ of: highlighted, index });
  const detail = active === undefined ? undefined : events[active]!;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = events.length - 1;
    const moves: Record<string, number> = { ArrowRight: Math.min(stop + 1, last), ArrowLeft: Math.max(stop - 1, 0) };
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? last : moves[event.key];
    // Esc and Tab are left to the card; on X, no key gets past the card to the page's shortcuts.
    if (next === undefined) return;
    event.preventDefault();
    show(next);
    stops.current[next]?.focus();
  };

  return (
    <div class="timeline">
      {/* The spaces only keep the entries apart when read as text: the flex gap lays them out. */}
      <p class="tl-legend">
        <LegendEntry stance={1} text={chart.legend.toward} /> <LegendEntry stance={-1} text={chart.legend.away} />{' '}
        <LegendEntry stance={0} text={chart.legend.neutral} />{' '}
        {labelled && layout.labels.length > 0 && <LegendEntry stance={0} on text={labelled} />}
      </p>
      {/* The chart is one roving-focus list of events (←/→, Home, End); SVG has no listbox element. */}
      <svg
        class="tl-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: SVG has no listbox element
        role="listbox"
        aria-orientation="horizontal"
        aria-label={chart.title}
        onKeyDown={onKeyDown}
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the axis is drawing only; the events are the options */}
        <g aria-hidden="true">
          <line class="tl-baseline" x1={0} x2={layout.width} y1={layout.baseline} y2={layout.baseline} />
          {layout.ticks.map(({ year, x }) => (
            <text key={year} class="tl-year" x={x} y={layout.axisY + FONT_SIZE + 2} text-anchor="middle">
              {year}
            </text>
          ))}
          {events.map((event, index) => {
            const { x, y, foot } = layout.events[index]!;
            const stem = <line key={event.id} class="tl-stem" x1={foot} x2={x} y1={layout.baseline} y2={y} />;
            return event.stance ? stem : null;
          })}
          {layout.labels.map((label) => {
            const place = layout.events[label.event]!;
            return (
              <g key={label.event} class="tl-tag" data-event={events[label.event]!.id}>
                <line x1={place.x} x2={place.x} y1={label.leaderTop} y2={place.y - 7} />
                <text x={label.x} y={label.y} text-anchor={label.anchor}>
                  {label.text}
                </text>
              </g>
            );
          })}
        </g>
        {events.map((event, index) => {
          const { x, y } = layout.events[index]!;
          return (
            <g
              key={event.id}
              ref={(element) => {
                stops.current[index] = element;
              }}
              class={`tl-event${highlighted.has(event.id) ? ' tl-on' : ''}${index === active ? ' tl-shown' : ''}`}
              data-event={event.id}
              transform={`translate(${x} ${y})`}
              role="option"
              aria-selected={index === active}
              aria-label={`${event.text} ${event.paragraph.long}`}
              tabindex={index === stop ? 0 : -1}
              onFocus={() => show(index)}
              onPointerEnter={() => show(index)}
              onClick={() => show(index)}
            >
              <rect class="tl-hit" x={-TARGET / 2} y={-TARGET / 2} width={TARGET} height={TARGET} rx={6} />
              <Glyph stance={event.stance} />
            </g>
          );
        })}
      </svg>
      <p class="tl-detail" aria-live="polite">
        {detail ? (
          <>
            {detail.text}{' '}
            <span class="para">
              <span aria-hidden="true">{detail.paragraph.short}</span>
              <span class="sr-only">{detail.paragraph.long}</span>
            </span>
          </>
        ) : (
          chart.hint
        )}
      </p>
    </div>
  );
}

/** ▲ toward crypto, ▼ away from it, ● neither: the shape carries the meaning, not the colour. */
function Glyph({ stance }: { stance: number }) {
  if (!stance) return <circle class="tl-glyph" r={4} />;
  return <path class="tl-glyph" d={stance > 0 ? 'M0 -5L5.5 4H-5.5Z' : 'M0 5L5.5 -4H-5.5Z'} />;
}

function LegendEntry({ stance, text, on }: { stance: number; text: string; on?: boolean }) {
  return (
    <span class={on ? 'tl-key tl-on' : 'tl-key'}>
      <svg viewBox="-6 -6 12 12" width={12} height={12} aria-hidden="true">
        <Glyph stance={stance} />
      </svg>
      {text}
    </span>
  );
}
