import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../bench/trace';
import { mainThreadTime, threadRunning } from '../../../bench/trace-parts';

const MAIN = { pid: 1, tid: 1 };
/** A complete event on the main thread; times in ms, written to the trace in µs. */
function event(name: string, start: number, duration: number, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, ph: 'X', ...MAIN, ts: start * 1000, dur: duration * 1000, ...extra };
}
const task = (start: number, duration: number) => event('ThreadControllerImpl::RunTask', start, duration);
const script = (url: string, start: number, duration: number) =>
  event('FunctionCall', start, duration, { args: { data: { url } } });

describe('mainThreadTime', () => {
  it('gives each moment to the innermost kind of work, so the parts add up to the busy time', () => {
    const time = mainThreadTime(
      [
        task(0, 10),
        script('https://x.com/page.js', 0, 8),
        // A layout the page's script forces: layout, not script.
        event('Layout', 2, 3),
        task(20, 6),
        event('UpdateLayoutTree', 20, 2),
        event('Paint', 22, 1),
        script('chrome-extension://abc/content-scripts/content.js', 23, 2),
        event('UpdateLayoutTree', 23.5, 1),
      ],
      MAIN,
    );
    expect(time).toMatchObject({ total: 16, pageScript: 5, layout: 3, style: 3, paint: 1, ourScript: 1, other: 3 });
  });

  it('counts code in the extension’s isolated world as ours even without a script URL', () => {
    const isolated = event('v8.callFunction', 0, 4, { args: { worldName: 'Cashtag Context' } });
    const time = mainThreadTime([task(0, 5), isolated], MAIN);
    expect(time.ourScript).toBe(4);
    expect(time.pageScript).toBe(0);
  });

  it('counts CPU time by default and wall time when asked, and ignores other threads', () => {
    const events = [task(0, 10), event('Layout', 0, 8, { tdur: 2000 }), { ...task(0, 50), tid: 2 }];
    expect(mainThreadTime(events, MAIN).layout).toBe(2);
    expect(mainThreadTime(events, MAIN, 'wall')).toMatchObject({ layout: 8, total: 10 });
  });

  it('finds the thread that ran a given script', () => {
    const events = [{ ...script('https://x.com/__bench__/page-cost.js', 0, 1), pid: 7, tid: 9 }];
    expect(threadRunning(events, (url) => url.endsWith('/page-cost.js'))).toEqual({ pid: 7, tid: 9 });
    expect(threadRunning(events, (url) => url.endsWith('/other.js'))).toBeUndefined();
  });
});
