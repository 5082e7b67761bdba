import type { CDPSession } from 'playwright-core';

/** The parts of a Chrome trace event the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event (µs), where the platform records it. */
  tdur?: number;
  /** `worldName`: the isolated world a V8 entry runs in (a content script's), absent for the page's. */
  args?: { data?: { url?: string }; worldName?: string };
}

/** Records a trace of the renderer's main-thread work (every task, every script entry) until stopped. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

const ENTRY_POINTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);

/**
 * Milliseconds the main thread spent running code from matching scripts: every entry into them
 * (observer, animation-frame, event and timer callbacks, script evaluation), exactly as traced,
 * counting nested entries once.
 */
export function scriptTime(
  events: TraceEvent[],
  matches: (url: string) => boolean,
): { ms: number; thread?: { pid: number; tid: number } } {
  const entries = events.filter(
    (event) => event.ph === 'X' && ENTRY_POINTS.has(event.name) && matches(event.args?.data?.url ?? ''),
  );
  const first = entries[0];
  return { ms: outermostMs(entries), ...(first && { thread: { pid: first.pid, tid: first.tid } }) };
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Milliseconds the given thread was busy: the sum of its top-level tasks (nested ones once). */
export function busyTime(events: TraceEvent[], thread: { pid: number; tid: number }): number {
  return outermostMs(
    events.filter(
      (event) => event.ph === 'X' && TASKS.has(event.name) && event.pid === thread.pid && event.tid === thread.tid,
    ),
  );
}

/** Total duration of events on one thread, counting an event nested in another only once. */
function outermostMs(events: TraceEvent[]): number {
  let total = 0;
  let end = -Infinity;
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    if (event.ts < end) continue;
    total += event.dur ?? 0;
    end = event.ts + (event.dur ?? 0);
  }
  return total / 1000;
}
