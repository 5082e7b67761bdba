// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

type Driver = {
  load(options: object): Promise<{ templates: number; quotedWithPlainCashtag: number; plainAdded: number }>;
  appendBatch(count: number, keep: number): void;
  run(options: object): Promise<{ frames: number; gaps: number[] }>;
};
const driver = () => (window as unknown as { pageCost: Driver }).pageCost;

/** A post cell; `quote` adds a quoted post (a `div[role="link"]` with its own tweetText). */
function cell(text: string, quote?: string): HTMLElement {
  const element = document.createElement('div');
  element.dataset.testid = 'cellInnerDiv';
  const article = element.appendChild(document.createElement('article'));
  const tweetText = (words: string) => {
    const block = document.createElement('div');
    block.dataset.testid = 'tweetText';
    const span = block.appendChild(document.createElement('span'));
    span.className = 'css-1jxf684';
    span.textContent = words;
    return block;
  };
  article.append(tweetText(text));
  if (quote) article.appendChild(document.createElement('div')).setAttribute('role', 'link');
  if (quote) article.querySelector('[role="link"]')!.append(tweetText(quote));
  return element;
}

describe('the page-cost driver', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    const list = document.body.appendChild(document.createElement('div'));
    list.append(cell('gm'), cell('Watching $SOL', 'Quoted: nothing to see'), cell('Already quoting', 'Quoted: $ETH'));
  });
  // The driver is the plain script the bench serves to the page: loading it sets `window.pageCost`.
  beforeAll(() => import('../../../bench/page-cost-driver.js'));

  it('adds one plain-text cashtag, in the quote’s own text classes, to each quote that has none', async () => {
    const loaded = await driver().load({ addPlainCashtags: true });
    expect(loaded).toEqual({ templates: 3, quotedWithPlainCashtag: 2, plainAdded: 1 });
    expect(document.querySelectorAll('[data-testid="cellInnerDiv"]')).toHaveLength(0);
    driver().appendBatch(3, 10);
    const entity = document.querySelectorAll('[role="link"] [data-testid="tweetText"]')[0]!.lastElementChild!;
    expect(entity.outerHTML).toBe('<span class="r-18u37iz"><span dir="ltr" class="css-1jxf684">$SOL</span></span>');
  });

  it('leaves a capture’s quotes alone unless asked', async () => {
    expect(await driver().load({})).toMatchObject({ quotedWithPlainCashtag: 1, plainAdded: 0 });
  });

  it('appends the cells in batches, one a frame, and keeps only a window of them like X’s list', async () => {
    await driver().load({});
    const { frames } = await driver().run({ cells: 10, batch: 3, keep: 4 });
    expect(frames).toBe(4);
    const cells = document.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]');
    expect(cells).toHaveLength(4);
    expect([...cells].every((element) => element.style.position === 'absolute')).toBe(true);
  });
});
