import { launchBench, nextFrame, openBenchPage, type BenchBrowser } from './bench-browser';
import { BATCH, insertBatch, KEEP, log, MEMORY_HOVERS, MEMORY_POSTS, ROUNDS, timeline } from './bench-setup';
import { hoverLinks, hoverProbe } from './hover';
import { median } from './stats';

/** 4. Memory: heap growth and detached nodes after many posts and cards, against the page alone. */

async function heapUsed(browser: BenchBrowser): Promise<number> {
  await browser.cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await browser.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await browser.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

async function detachedNodes(browser: BenchBrowser): Promise<number> {
  await browser.cdp.send('DOM.enable');
  const { detachedNodes } = (await browser.cdp.send('DOM.getDetachedDomNodes' as never)) as {
    detachedNodes: unknown[];
  };
  return detachedNodes.length;
}

async function memoryRun(withExtension: boolean) {
  const browser = await launchBench(withExtension, { hoverDelayMs: 0 }, timeline.posts);
  await browser.page.addInitScript({ content: hoverProbe });
  await openBenchPage(browser);
  // Warm up first: what the first few posts and cards allocate once (compiled code, the card's
  // shadow root) is not growth.
  for (let inserted = 0; inserted < 200; inserted += BATCH) {
    await insertBatch(browser.page, BATCH, KEEP);
    await nextFrame(browser.page);
  }
  if (withExtension) await hoverLinks(browser, 5);
  await browser.page.mouse.move(5, 5);
  await browser.page.waitForTimeout(600);
  const before = await heapUsed(browser);
  for (let inserted = 0; inserted < MEMORY_POSTS; inserted += BATCH) {
    await insertBatch(browser.page, BATCH, KEEP);
    await nextFrame(browser.page);
  }
  if (withExtension) await hoverLinks(browser, MEMORY_HOVERS);
  await browser.page.mouse.move(5, 5);
  await browser.page.waitForTimeout(600);
  const after = await heapUsed(browser);
  const detached = await detachedNodes(browser);
  await browser.close();
  return { growthBytes: after - before, detached };
}

export async function measureMemory() {
  const ours: { growthBytes: number; detached: number }[] = [];
  const page: { growthBytes: number; detached: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    log(`memory: round ${round}/${ROUNDS}`);
    ours.push(await memoryRun(true));
    page.push(await memoryRun(false));
  }
  const growth = median(ours.map((run) => run.growthBytes));
  const pageGrowth = median(page.map((run) => run.growthBytes));
  return {
    posts: MEMORY_POSTS,
    cardsOpened: MEMORY_HOVERS,
    heapGrowthBytes: growth,
    pageOnlyHeapGrowthBytes: pageGrowth,
    extensionHeapGrowthBytes: growth - pageGrowth,
    detachedNodes: median(ours.map((run) => run.detached)),
    pageOnlyDetachedNodes: median(page.map((run) => run.detached)),
    detachedHeldByExtension: Math.max(
      0,
      median(ours.map((run) => run.detached)) - median(page.map((run) => run.detached)),
    ),
  };
}
