// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrowdedPosts, holdsDistinctCashtags } from '../../../src/page/crowded-posts';
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

/** A post, optionally quoting another: X's quote is a focusable `div[role=link]` with its own text. */
function post(text: string, options: { quote?: string } = {}): HTMLElement {
  const article = document.createElement('article');
  article.setAttribute('data-testid', 'tweet');
  article.append(postText(text));
  if (options.quote) {
    const quote = document.createElement('div');
    quote.setAttribute('role', 'link');
    quote.setAttribute('tabindex', '0');
    quote.append(postText(options.quote));
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
});

/** The values of our marks in a post's texts, in document order. */
const marksOf = (article: Element) =>
  [...article.querySelectorAll('[data-cashtag]')].map((mark) => mark.getAttribute('data-cashtag'));

describe('the crowded posts on the page', () => {
  it('puts the token on the first mark of a crowded text only, and takes it off when it no longer is', () => {
    const crowded = createCrowdedPosts();
    const shill = post('$A $B $C $D $E $A');
    const quoting = post('look at $X', { quote: '$A $B $C $D $E $F' });
    const calm = post('$A and $B');
    for (const article of [shill, quoting, calm])
      for (const zone of article.querySelectorAll('[data-testid="tweetText"]')) {
        for (const link of zone.querySelectorAll('a')) link.setAttribute('data-cashtag', link.textContent!.slice(1));
        crowded.check(zone, 5);
      }
    expect(marksOf(shill)).toEqual(['A crowded', 'B', 'C', 'D', 'E', 'A']);
    expect(marksOf(quoting)).toEqual(['X', 'A crowded', 'B', 'C', 'D', 'E', 'F']);
    expect(marksOf(calm)).toEqual(['A', 'B']);
    crowded.check(textOf(shill), 6);
    expect(marksOf(shill)).toEqual(['A', 'B', 'C', 'D', 'E', 'A']);
    // The reader turned the fade off: the next read of each text drops the token.
    crowded.check(textOf(quoting, 1), 0);
    expect(marksOf(quoting)).not.toContain('A crowded');
  });

  it('writes nothing while no text is crowded', () => {
    const crowded = createCrowdedPosts();
    const calm = post('$A and $B');
    const link = calm.querySelector('a')!;
    link.setAttribute('data-cashtag', 'A');
    const spy = vi.spyOn(link, 'setAttribute');
    crowded.check(textOf(calm), 3);
    crowded.check(textOf(calm), 0);
    expect(spy).not.toHaveBeenCalled();
  });

  it('fades crowded posts with the muted ones, in one fixed rule, only while the setting is on', () => {
    expect(tickerCss({ watched: [], muted: ['PEPE'], fadeCrowded: true })).toBe(
      '\narticle[data-testid="tweet"]:has([data-cashtag~="PEPE"],[data-cashtag~="crowded"])' +
        ':not(:hover,:focus-within){opacity:.3}',
    );
    expect(tickerCss({ watched: [], muted: [], fadeCrowded: false })).toBe('');
  });
});

describe('the scan flags crowded posts as X adds them', () => {
  it('marks the links, flags the crowded text, and reads the page again when the setting changes', async () => {
    let atLeast = 3;
    const onCrowded = vi.fn();
    const scan = scanCashtags(document, {
      accept: () => true,
      isNamed: () => false,
      isOurs: () => false,
      alive: () => true,
      onEmphasis: () => {},
      crowdedAt: () => atLeast,
      onCrowded,
      onPostText: () => {},
    });
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    document.body.append(cell);
    const shill = post('$A $B $C', { quote: '$D $E' });
    cell.append(shill);
    await vi.waitFor(() => expect(marksOf(shill)).toEqual(['A crowded', 'B', 'C', 'D', 'E']));
    expect(onCrowded).toHaveBeenCalled();
    atLeast = 0;
    scan.rescanAll();
    expect(marksOf(shill)).toEqual(['A', 'B', 'C', 'D', 'E']);
    scan.stop();
    expect(marksOf(shill)).toEqual([]);
  });
});
