import { describe, expect, it } from 'vitest';
import type { PageCashtag } from '../../../src/messages';
import { watchedFirst } from '../../../src/popup/watched-first';

const cashtag = (symbol: string, count: number): PageCashtag => ({ symbol, count, named: false, kind: 'crypto' });

describe('the popup’s list', () => {
  const page = [cashtag('BTC', 9), cashtag('ETH', 5), cashtag('GRT', 2), cashtag('SOL', 1)];

  it('puts the watched tickers first, each group in the page’s order', () => {
    expect(watchedFirst(page, ['SOL', 'ETH', 'DOGE']).map((item) => item.symbol)).toEqual(['ETH', 'SOL', 'BTC', 'GRT']);
  });

  it('keeps the page’s order when nothing on it is watched', () => {
    expect(watchedFirst(page, ['DOGE'])).toEqual(page);
  });
});
