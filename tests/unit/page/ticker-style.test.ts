import { describe, expect, it } from 'vitest';
import { pageCss } from '../../../src/page/page-style';
import { tickerCss } from '../../../src/page/ticker-style';

describe('the watched and muted tickers in our stylesheet', () => {
  it('adds nothing while no ticker is watched or muted', () => {
    expect(tickerCss({ watched: [], muted: [], fadeCrowded: false })).toBe('');
  });

  it('fades a post holding a marked muted cashtag, until it is pointed at or focused inside', () => {
    const css = tickerCss({ watched: [], muted: ['DOGE', 'PEPE'], fadeCrowded: false });
    expect(css.trim()).toBe(
      'article[data-testid="tweet"]:has([data-cashtag~="DOGE"],[data-cashtag~="PEPE"])' +
        ':not(:hover,:focus-within){opacity:.3}',
    );
  });

  it('puts a star before each watched cashtag, with empty alternative text', () => {
    const css = tickerCss({ watched: ['GRT'], muted: [], fadeCrowded: false });
    expect(css).toContain(':is([data-cashtag~="GRT"])::before{content:"★";content:"★"/""');
    expect(css).not.toContain('opacity');
  });

  it('keeps only a symbol’s characters inside the quotes', () => {
    expect(tickerCss({ watched: [], muted: ['A"]{}*'], fadeCrowded: false })).toContain('[data-cashtag~="A"]');
  });

  it('the cue rules stay as they were beside them', () => {
    expect(pageCss('none', [])).toBe('');
    expect(pageCss('underline', ['GRT'])).toContain('[data-cashtag~="GRT"]');
  });
});
