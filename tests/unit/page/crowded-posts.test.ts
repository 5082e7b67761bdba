// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrowdedPosts, holdsDistinctCashtags, statusIdOf } from '../../../src/page/crowded-posts';
import { scanCashtags } from '../../../src/page/scan-cashtags';
import { tickerCss } from '../../../src/page/ticker-style';

Object.defineProperty(globalThis, 'CSS', { value: { highlights: new Map() }, configurable: true });

/** Post text as X draws it: each cashtag an entity link, the rest plain spans. */
function postText(text: string): HTMLElement {
  const zone = document.createElement('div');
  zone.setAttribute('data-testid', 'tweetText');
  for (const piece of text.split(/(\$[A-Za-z]+)/)) {
    if (!piece) continue;
    if (piece.startsWith('$')) {
      const link = document.createElement('a');
      link.href = `/search?q=%24${piece.slice(1)}&src=cashtag_click`;
      link.textContent = piece;
      zone.append(link);
    } else {
      const span = document.createElement('span');
      span.textContent = piece;
      zone.append(span);
    }
  }
  return zone;
}

/** A post with its header's timestamp link (absent for ads) and, optionally, a quoted post. */
function post(text: string, options: { href?: string; quote?: string } = {}): HTMLElement {
  const article = document.createElement('article');
  article.setAttribute('data-testid', 'tweet');
  if (options.href) {
    const link = document.createElement('a');
    link.setAttribute('href', options.href);
    link.append(document.createElement('time'));
    article.append(link);
  }
  article.append(postText(text));
  if (options.quote) {
    const quote = document.createElement('div');
    quote.setAttribute('role', 'link');
    quote.setAttribute('tabindex', '0');
    // A quote's time is not a link: it must never name the post.
    const time = document.createElement('div');
    time.append(document.createElement('time'));
    quote.append(time, postText(options.quote));
    article.append(quote);
  }
  document.body.append(article);
  return article;
}

const textOf = (article: Element, index = 0) => article.querySelectorAll('[data-testid="tweetText"]')[index]!;

afterEach(() => document.body.replaceChildren());

describe('counting the distinct cashtags of a post text', () => {
  it('counts symbols, not mentions, by X’s rule', () => {
    expect(holdsDistinctCashtags(postText('$PEPE $PEPE $pepe $WIF $BONK'), 3)).toBe(true);
    expect(holdsDistinctCashtags(postText('$PEPE $PEPE $pepe $WIF $BONK'), 4)).toBe(false);
    // A price and a glued `$` are no cashtags.
    expect(holdsDistinctCashtags(postText('$5.99 for $A, $B and x$C'), 3)).toBe(false);
  });

  it('names the post by its own timestamp link, also absolute, and never by a quote’s', () => {
    const saved = post('$A', { href: 'https://twitter.com/someone/status/1862053972372259321', quote: '$B' });
    expect(statusIdOf(textOf(saved, 1))).toBe('1862053972372259321');
    expect(statusIdOf(textOf(post('$A', { quote: '$B' }), 1))).toBeUndefined();
  });
});

describe('the crowded posts on the page', () => {
  it('tracks crowded texts by post, reports each change once, and forgets what X removed', () => {
    const crowded = createCrowdedPosts();
    const shill = post('$A $B $C $D $E', { href: '/x/status/1' });
    const quoting = post('look', { href: '/y/status/2', quote: '$A $B $C $D $E $F' });
    const calm = post('$A and $B', { href: '/z/status/3' });
    for (const article of [shill, quoting, calm])
      for (const zone of article.querySelectorAll('[data-testid="tweetText"]')) crowded.check(zone, 5);
    expect(crowded.takeChange()).toEqual(['1', '2']);
    expect(crowded.takeChange()).toBeUndefined();
    crowded.check(textOf(shill), 5);
    expect(crowded.takeChange()).toBeUndefined();
    shill.remove();
    crowded.dropDetached();
    expect(crowded.takeChange()).toEqual(['2']);
    // The reader turned the fade off: the next read of each text drops it.
    crowded.check(textOf(quoting, 1), 0);
    expect(crowded.takeChange()).toEqual([]);
  });

  it('fades crowded posts with the muted ones, in one rule, and lets only digits in', () => {
    expect(tickerCss({ watched: [], muted: ['PEPE'] }, ['1', '2"]{}'])).toBe(
      '\narticle[data-testid="tweet"]:has([data-cashtag="PEPE"],a[href$="/status/1"] > time)' +
        ':not(:hover,:focus-within){opacity:.3}',
    );
    expect(tickerCss({ watched: [], muted: [] }, [])).toBe('');
  });
});

describe('the scan reports crowded posts as X adds and removes them', () => {
  it('once per batch, and only while the fade is on', async () => {
    const onCrowded = vi.fn();
    let atLeast = 3;
    const scan = scanCashtags(document, {
      accept: () => true,
      isNamed: () => false,
      isOurs: () => false,
      alive: () => true,
      onEmphasis: () => {},
      crowdedAt: () => atLeast,
      onCrowded,
    });
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    document.body.append(cell);
    const shill = post('$A $B $C', { href: '/x/status/7' });
    const other = post('$A $B $C $D', { href: '/x/status/8' });
    cell.append(shill, other);
    await vi.waitFor(() => expect(onCrowded).toHaveBeenCalledTimes(1));
    expect(onCrowded).toHaveBeenLastCalledWith(['7', '8']);
    shill.remove();
    await vi.waitFor(() => expect(onCrowded).toHaveBeenLastCalledWith(['8']));
    atLeast = 0;
    scan.rescanAll();
    expect(onCrowded).toHaveBeenLastCalledWith([]);
    scan.stop();
  });
});
