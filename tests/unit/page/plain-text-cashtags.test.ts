// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageCss } from '../../../src/page/page-style';
import { createPlainTextCashtags, type Emphasis } from '../../../src/page/plain-text-cashtags';

/** happy-dom has no CSS Custom Highlight API: a registry that records what is registered. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
Object.assign(globalThis, { Highlight: FakeHighlight });
Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry }, configurable: true });

const acceptAll = () => true;

/** A post with X's real structure: a linked cashtag outside, a quote whose entities are spans. */
function postWithQuote(): HTMLElement {
  const article = document.createElement('article');
  article.setAttribute('data-testid', 'tweet');
  const outer = textBlock([
    span('Rotating out of '),
    entityLink('$DOGE', '/search?q=%24DOGE&src=cashtag_click'),
    span(' into what she says:'),
  ]);
  const quote = document.createElement('div');
  quote.setAttribute('role', 'link');
  quote.setAttribute('tabindex', '0');
  const quoted = textBlock([
    span('Loading up on '),
    entitySpan('$SOL'),
    span(' and '),
    entitySpan('$JUP'),
    span(' 🚀'),
  ]);
  quote.append(quoted);
  article.append(outer, quote);
  document.body.append(article);
  return article;
}

function textBlock(children: Node[]): HTMLElement {
  const block = document.createElement('div');
  block.setAttribute('data-testid', 'tweetText');
  block.setAttribute('dir', 'auto');
  block.setAttribute('lang', 'qst');
  block.append(...children);
  return block;
}
function span(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}
/** `<span class="r-18u37iz"><span dir="ltr">$SOL</span></span>`, as X draws a quote's entity. */
function entitySpan(text: string): HTMLElement {
  const wrapper = document.createElement('span');
  const inner = document.createElement('span');
  inner.setAttribute('dir', 'ltr');
  inner.textContent = text;
  wrapper.append(inner);
  return wrapper;
}
function entityLink(text: string, href: string): HTMLElement {
  const wrapper = document.createElement('span');
  const link = document.createElement('a');
  link.setAttribute('href', href);
  link.setAttribute('dir', 'ltr');
  link.textContent = text;
  wrapper.append(link);
  return wrapper;
}

describe('createPlainTextCashtags', () => {
  let emphases: Emphasis[];
  beforeEach(() => {
    emphases = [];
    registry.clear();
  });
  afterEach(() => document.body.replaceChildren());
  const create = (named: string[] = []) =>
    createPlainTextCashtags(
      (symbol) => named.includes(symbol),
      (emphasis) => emphases.push(emphasis),
    );

  it("marks a quoted post's entity spans, and leaves X's link to the link reader", () => {
    const article = postWithQuote();
    const plain = create();
    for (const zone of article.querySelectorAll('[data-testid="tweetText"]')) plain.scan(zone, acceptAll);
    const marked = [...document.querySelectorAll('[data-cashtag]')];
    expect(marked.map((element) => [element.localName, element.getAttribute('dir'), element.textContent])).toEqual([
      ['span', 'ltr', '$SOL'],
      ['span', 'ltr', '$JUP'],
    ]);
    // Spans are marks, not ranges in running text: nothing to hit-test, nothing counted twice.
    expect(plain.symbols()).toEqual([]);
  });

  it('keeps a cashtag inside a longer run of text as a range, and marks nothing there', () => {
    const block = textBlock([span('X stopped linking $AVAX in this post')]);
    document.body.append(block);
    const plain = create();
    plain.scan(block, acceptAll);
    expect(document.querySelector('[data-cashtag]')).toBeNull();
    expect(plain.symbols()).toEqual(['AVAX']);
    expect(plain.holds(block.firstElementChild!)).toBe(true);
  });

  it('finds nothing in prices, `$A/$B` second halves or `($TWTR)`, as X’s rule', () => {
    const block = textBlock([span('Paid $5.99, ($TWTR) and $DOGE/'), entitySpan('$SHIB')]);
    document.body.append(block);
    const plain = create();
    plain.scan(block, acceptAll);
    expect(plain.symbols()).toEqual(['DOGE']);
    expect(document.querySelector('[data-cashtag]')).toBeNull();
  });

  it('tolerates the whitespace a saved page puts around an entity', () => {
    const block = textBlock([span('gm '), entitySpan('\n        $ETH\n      ')]);
    document.body.append(block);
    const plain = create();
    plain.scan(block, acceptAll);
    expect(document.querySelector('[data-cashtag]')?.getAttribute('data-cashtag')).toBe('ETH');
  });

  it('skips symbols the settings do not annotate, and unmarks a span whose text X changed', () => {
    const article = postWithQuote();
    const quoted = article.querySelectorAll('[data-testid="tweetText"]')[1]!;
    const plain = create();
    plain.scan(quoted, (symbol) => symbol !== 'JUP');
    expect([...document.querySelectorAll('[data-cashtag]')].map((element) => element.textContent)).toEqual(['$SOL']);
    quoted.querySelector('[data-cashtag]')!.firstChild!.textContent = 'solana';
    plain.scan(quoted, acceptAll);
    expect([...document.querySelectorAll('[data-cashtag]')].map((element) => element.textContent)).toEqual(['$JUP']);
  });

  it('focus on a quoted post finds the first cashtag of the quote, focus on the whole post none', () => {
    const article = postWithQuote();
    const plain = create();
    for (const zone of article.querySelectorAll('[data-testid="tweetText"]')) plain.scan(zone, acceptAll);
    const quote = article.querySelector('[role="link"]')!;
    const found = plain.firstIn(quote);
    expect(found && 'mark' in found && found.mark.textContent).toBe('$SOL');
    expect(plain.firstIn(article)).toBeUndefined();
  });

  it('paints a highlight only while one cashtag is emphasized', () => {
    const block = textBlock([span('Doge Maxi $DOGE')]);
    document.body.append(block);
    const plain = create(['DOGE']);
    plain.scan(block, acceptAll);
    expect(registry.size).toBe(0);
    expect(emphases).toEqual([]);
    const hit = plain.firstIn(block.firstElementChild!);
    expect(hit && 'cashtag' in hit).toBe(true);
    plain.emphasize(hit && 'cashtag' in hit ? hit.cashtag : undefined);
    expect([...registry.keys()]).toEqual(['cashtag-context-named']);
    plain.emphasize(undefined);
    expect(registry.size).toBe(0);
    expect(emphases).toEqual(['named', null]);
  });

  it('says X looks different only when post text has cashtags and none in X’s links', () => {
    const plain = create();
    for (const symbol of ['$AAA', '$BBB', '$CCC']) {
      const block = textBlock([span(`look at ${symbol} today`)]);
      document.body.append(block);
      plain.scan(block, acceptAll);
    }
    expect(plain.looksDifferent()).toBe(true);
    const linked = textBlock([entityLink('$DOGE', '/search?q=%24DOGE&src=cashtag_click')]);
    document.body.append(linked);
    plain.scan(linked, acceptAll);
    expect(plain.looksDifferent()).toBe(false);
  });

  it('does not count quoted posts, which X never links, as a sign of change', () => {
    const plain = create();
    for (let index = 0; index < 4; index++) {
      const article = postWithQuote();
      plain.scan(article.querySelectorAll('[data-testid="tweetText"]')[1]!, acceptAll);
    }
    expect(plain.looksDifferent()).toBe(false);
  });

  it('clear() takes every mark off', () => {
    const article = postWithQuote();
    const plain = create();
    for (const zone of article.querySelectorAll('[data-testid="tweetText"]')) plain.scan(zone, acceptAll);
    plain.clear();
    expect(document.querySelector('[data-cashtag]')).toBeNull();
  });
});

describe('pageCss', () => {
  it('holds no ::highlight rule while no cashtag in running text is emphasized', () => {
    for (const cue of ['underline', 'badge'] as const) {
      expect(pageCss(cue, ['GRT'])).not.toContain('::highlight');
      expect(pageCss(cue, ['GRT'], 'plain')).toContain('::highlight(cashtag-context)');
      expect(pageCss(cue, ['GRT'], 'named')).toContain('::highlight(cashtag-context-named)');
    }
    expect(pageCss('none', ['GRT'], 'plain')).toBe('');
  });

  it('keys every rule on our attribute alone, so spans and links get the same cue', () => {
    const css = pageCss('underline', ['GRT']);
    expect(css).toContain('[data-cashtag]{');
    expect(css).toContain('[data-cashtag~="GRT"]');
    expect(css).not.toMatch(/\ba\[data-cashtag/);
  });
});
