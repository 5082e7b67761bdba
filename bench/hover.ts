import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBench, openBenchPage, type BenchBrowser } from './bench-browser';
import { HOVERS, insertBatch, log, ROUNDS, timeline } from './bench-setup';
import { median, percentile } from './stats';

/** 2. Hover latency: from the pointer event to the card drawn, placed and painted. */

export const hoverProbe = readFileSync(path.join(import.meta.dirname, 'hover-probe.js'), 'utf8');

interface HoverTimes {
  latencies: number[];
  inputLatencies: number[];
  workLatencies: number[];
  /** Frames from the pointer event to the card's: 1 is the first frame the browser paints. */
  frameCounts: number[];
  /** The wait for the first animation frame after the pointer event. */
  nextFrame: number[];
}

/** Hovers `count` of X's cashtag links, each a different symbol from the last; needs the probe. */
export async function hoverLinks(browser: BenchBrowser, count: number): Promise<HoverTimes> {
  const { page } = browser;
  const times: HoverTimes = { latencies: [], inputLatencies: [], workLatencies: [], frameCounts: [], nextFrame: [] };
  for (let hovered = 0, index = 0; hovered < count; index++) {
    // Alternate symbols, so every hover opens a different card.
    const point = await page.evaluate((index) => {
      const links = [...document.querySelectorAll('a[href*="src=cashtag_click"]')];
      const link = links[index % links.length]!;
      const previous = links[(index - 1 + links.length) % links.length];
      if (previous?.textContent === link.textContent) return null;
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, index);
    if (!point) continue;
    // Start each hover from nowhere, with the last card gone (so none covers the next cashtag) and
    // the scroll above painted (so its frames are not counted as the card's).
    await page.mouse.move(5, 5);
    await page.waitForFunction(
      () => !document.querySelector('cashtag-context')?.shadowRoot?.querySelector('div:not([hidden]) > .card'),
      undefined,
      { timeout: 2000 },
    );
    await page.waitForTimeout(120);
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(
      () => (window as unknown as { hoverProbe: { pending: unknown } }).hoverProbe.pending === null,
      undefined,
      { timeout: 2000 },
    );
    const recorded = await page.evaluate(() => {
      const probe = (window as unknown as { hoverProbe: HoverTimes }).hoverProbe;
      return {
        latencies: probe.latencies.splice(0),
        inputLatencies: probe.inputLatencies.splice(0),
        workLatencies: probe.workLatencies.splice(0),
        frameCounts: probe.frameCounts.splice(0),
        nextFrame: probe.nextFrame.splice(0),
      };
    });
    for (const key of Object.keys(times) as (keyof HoverTimes)[]) times[key].push(...recorded[key]);
    hovered++;
  }
  return times;
}

async function hoverRun(withExtension: boolean): Promise<HoverTimes & { presented: number[] }> {
  const browser = await launchBench(withExtension, { hoverDelayMs: 0 }, timeline.posts);
  await browser.page.addInitScript({ content: hoverProbe });
  if (!withExtension) await browser.page.addInitScript({ content: 'window.hoverProbe.pageOnly = true;' });
  await openBenchPage(browser);
  await insertBatch(browser.page, 200, 200);
  await browser.page.waitForFunction(
    (marked) => document.querySelectorAll(marked ? 'a[data-cashtag]' : 'a[href*="src=cashtag_click"]').length > 50,
    withExtension,
  );
  const times = await hoverLinks(browser, HOVERS + 1);
  // Event Timing entries arrive after their frame is presented; entries under 16 ms are never
  // reported, so a hover without one counts as 16 ms (an upper bound).
  await browser.page.waitForTimeout(300);
  const presented = await browser.page.evaluate(
    () => (window as unknown as { hoverProbe: { presented: number[] } }).hoverProbe.presented,
  );
  await browser.close();
  const hovers = times.nextFrame.length;
  return {
    ...times,
    presented: [...presented.slice(-hovers), ...Array<number>(Math.max(0, hovers - presented.length)).fill(16)],
  };
}

export async function measureHover() {
  const all: number[] = [];
  const input: number[] = [];
  const work: number[] = [];
  const frames: number[] = [];
  const presentedWithUs: number[] = [];
  const presentedPageAlone: number[] = [];
  const first: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`hover latency: round ${round}/${ROUNDS}`);
    const times = await hoverRun(true);
    // The first hover creates the card's shadow root and compiles its code: reported apart.
    first.push(times.latencies.shift()!);
    times.inputLatencies.shift();
    times.workLatencies.shift();
    times.frameCounts.shift();
    times.nextFrame.shift();
    all.push(...times.latencies);
    work.push(...times.workLatencies);
    input.push(...times.inputLatencies);
    frames.push(...times.frameCounts);
    presentedWithUs.push(...times.presented.slice(1));
    // The same hovers on the same page without the extension: the browser's own time to present
    // the next frame after a pointer event, which no hover UI can beat.
    const alone = await hoverRun(false);
    presentedPageAlone.push(...alone.presented.slice(1));
  }
  return {
    hovers: all.length,
    medianMs: median(all),
    p95Ms: percentile(all, 95),
    maxMs: Math.max(...all),
    firstHoverMs: median(first),
    fromInputMedianMs: median(input),
    fromInputP95Ms: percentile(input, 95),
    workMedianMs: median(work),
    workP95Ms: percentile(work, 95),
    /** Share of hovers whose card is in the first frame after the pointer event. */
    firstFrameShare: frames.filter((count) => count === 1).length / frames.length,
    framesP95: percentile(frames, 95),
    /** Event Timing: pointer event to the next frame presented, with the card and without the extension. */
    presentedMedianMs: median(presentedWithUs),
    presentedP95Ms: percentile(presentedWithUs, 95),
    pageAlonePresentedMedianMs: median(presentedPageAlone),
    pageAlonePresentedP95Ms: percentile(presentedPageAlone, 95),
  };
}
