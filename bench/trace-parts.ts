import type { TraceEvent } from './trace';

/** Where the renderer's main thread spent its time, in milliseconds; the parts add up to `total`. */
export const PARTS = [
  'style',
  'layout',
  'prePaint',
  'paint',
  'layerize',
  'pageScript',
  'ourScript',
  'gc',
  'other',
] as const;
export type Part = (typeof PARTS)[number];
export type MainThreadTime = Record<Part | 'total', number>;
export type Thread = { pid: number; tid: number };

const RENDERING_PARTS: Record<string, Part> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'prePaint',
  Paint: 'paint',
  PaintImage: 'paint',
  // Raster runs on worker threads here (no GPU); counted only if it ever lands on the main thread.
  RasterTask: 'paint',
  // Turning the painted layers into the compositor's: grows with what paints and how it is layered.
  Layerize: 'layerize',
  MinorGC: 'gc',
  MajorGC: 'gc',
};
const SCRIPT_ENTRIES = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.evaluateModule',
  'v8.callFunction',
  'v8.run',
]);
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://') || url.startsWith('moz-extension://');

/**
 * Whose code a script entry runs: ours when it comes from the extension's files or runs in its
 * isolated world (V8 names the world after the extension); the page's when it names a page script.
 * An entry that says neither (V8's own wrappers, CDP's evaluations) belongs to the script around
 * it, or to the page at the top of a task.
 */
function scriptPart(event: TraceEvent, parent: Part | undefined): Part {
  const url = event.args?.data?.url ?? '';
  if (isExtensionUrl(url) || event.args?.worldName) return 'ourScript';
  if (url) return 'pageScript';
  return parent === 'ourScript' || parent === 'pageScript' ? parent : 'pageScript';
}

function partOf(event: TraceEvent, parent: Part | undefined): Part {
  if (SCRIPT_ENTRIES.has(event.name)) return scriptPart(event, parent);
  if (event.name.startsWith('V8.GC') || event.name.startsWith('BlinkGC.')) return 'gc';
  return RENDERING_PARTS[event.name] ?? parent ?? 'other';
}

/**
 * Splits the thread's busy time (its top-level tasks) by the innermost kind of work: a layout the
 * page's script forces counts as layout, a style recalc inside our observer callback as style,
 * and what a script does besides as that script's. Work in a task outside all of these is `other`
 * (input and frame scheduling, HTML parsing).
 *
 * `cpu` counts the thread's own CPU time (`tdur`): on a machine shared with other jobs, a thread
 * waiting for a core is not working, and wall time (`wall`, from `dur`) would count that wait.
 */
export function mainThreadTime(events: TraceEvent[], thread: Thread, clock: 'cpu' | 'wall' = 'cpu'): MainThreadTime {
  const time = Object.fromEntries([...PARTS, 'total'].map((part) => [part, 0])) as MainThreadTime;
  const onThread = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const open: { end: number; part: Part; self: number }[] = [];
  // Nesting comes from wall-clock timestamps; what is counted is the chosen clock's duration.
  const length = (event: TraceEvent, end: number) =>
    clock === 'cpu' && event.tdur !== undefined ? Math.min(event.tdur, end - event.ts) : end - event.ts;
  const close = (ts: number) => {
    while (open.length && open[open.length - 1]!.end <= ts) {
      const done = open.pop()!;
      time[done.part] += done.self;
    }
  };
  for (const event of onThread) {
    close(event.ts);
    const parent = open[open.length - 1];
    if (!parent && !TASKS.has(event.name)) continue;
    const end = parent ? Math.min(event.ts + event.dur!, parent.end) : event.ts + event.dur!;
    const counted = length(event, end);
    if (parent) parent.self -= counted;
    else time.total += counted;
    open.push({ end, part: partOf(event, parent?.part), self: counted });
  }
  close(Infinity);
  for (const part of [...PARTS, 'total'] as const) time[part] /= 1000;
  return time;
}

/** The main thread of the renderer that ran the script at `url`: the page's, wherever it navigated. */
export function threadRunning(events: TraceEvent[], matches: (url: string) => boolean): Thread | undefined {
  const entry = events.find(
    (event) => event.ph === 'X' && SCRIPT_ENTRIES.has(event.name) && matches(event.args?.data?.url ?? ''),
  );
  return entry && { pid: entry.pid, tid: entry.tid };
}
