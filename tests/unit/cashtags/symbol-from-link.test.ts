import { describe, expect, it } from 'vitest';
import { symbolFromLink } from '../../../src/cashtags/symbol-from-link';

const APP_HREF = '/search?q=%24AAPL&src=cashtag_click';

const rows: [name: string, linkText: string, href: string | null, expected: string | null][] = [
  // From the link text
  ['app link', '$AAPL', APP_HREF, 'AAPL'],
  ['old <s>$</s><b>NAS</b> markup (its textContent)', '$NAS', '/search?q=%24NAS&src=ctag', 'NAS'],
  ['surrounding whitespace', '  $AAPL\n', APP_HREF, 'AAPL'],
  ['surrounding NBSP', '\u00A0$AAPL\u00A0', APP_HREF, 'AAPL'],
  ['surrounding bidi marks', '\u200E$AAPL\u200F', APP_HREF, 'AAPL'],
  ['lower case is upper-cased', '$btc', '/search?q=%24btc&src=cashtag_click', 'BTC'],
  ['mixed case', '$BtC', null, 'BTC'],
  ['class share', '$BRK.A', '/search?q=%24BRK.A&src=cashtag_click', 'BRK.A'],
  ['underscore', '$BRK_B', null, 'BRK_B'],
  ['text wins over a different href', '$TSLA', APP_HREF, 'TSLA'],
  ['text alone, no href', '$AAPL', null, 'AAPL'],
  ['X Article loose symbol', '$FILE_PATH', 'https://example.com/docs', 'FILE_PATH'],
  ['digits after the first letter (smart cashtag)', '$ETH2', null, 'ETH2'],
  ['seven letters', '$ABCDEFG', null, 'ABCDEFG'],
  ['twenty characters, the longest accepted', '$ABCDEFGHIJKLMNOPQRST', null, 'ABCDEFGHIJKLMNOPQRST'],

  // Text that is no cashtag, and no cashtag href to fall back on
  ['twenty-one characters', '$ABCDEFGHIJKLMNOPQRSTU', null, null],
  ['two separators in a row', '$A..B', null, null],
  ['digit first', '$1INCH', null, null],
  ['price', '$100', null, null],
  ['price with cents', '$5.99', null, null],
  ['bare dollar', '$', null, null],
  ['space after the dollar', '$ BTC', null, null],
  ['full-width dollar', '＄BTC', null, null],
  ['trailing period', '$GRT.', null, null],
  ['trailing underscore', '$GRT_', null, null],
  ['hashtag', '#BTC', '/hashtag/BTC?src=hashtag_click', null],
  ['mention', '@elonmusk', '/elonmusk', null],
  ['URL text', 'example.com/x', 'https://t.co/abc', null],
  ['a sentence with a cashtag in it', 'buy $AAPL now', 'https://t.co/abc', null],
  ['two cashtags', '$AAPL $TSLA', null, null],
  ['empty text, no href', '', null, null],

  // Falling back to X's href
  ['empty text, app href', '', APP_HREF, 'AAPL'],
  ['split markup whose text still holds the dollar', '$ NAS', '/search?q=%24NAS&src=ctag', 'NAS'],
  ['absolute x.com embed href', '', 'https://x.com/search?q=%24XRP&src=ctag', 'XRP'],
  ['absolute twitter.com href', '', 'https://twitter.com/search?q=%24NAS&src=ctag', 'NAS'],
  ['mobile.twitter.com href', '', 'https://mobile.twitter.com/search?q=%24NAS&src=ctag', 'NAS'],
  ['lower case in the href', '', '/search?q=%24url&src=cashtag_click', 'URL'],
  ['lower-case percent escape', '', '/search?q=%24aapl&src=cashtag_click', 'AAPL'],
  ['unencoded dollar', '', '/search?q=$AAPL&src=cashtag_click', 'AAPL'],
  ['src before q', '', '/search?src=cashtag_click&q=%24AAPL', 'AAPL'],
  ['extra params and a fragment', '', '/search?q=%24AAPL&src=cashtag_click&f=live#top', 'AAPL'],
  ['class share in the href', '', '/search?q=%24BRK.A&src=cashtag_click', 'BRK.A'],

  // Hrefs that are no cashtag search
  ['malformed percent-encoding', '', '/search?q=%E0%A4%A&src=cashtag_click', null],
  ['invalid escape', '', '/search?q=%zzAAPL&src=cashtag_click', null],
  ['lone percent', '', '/search?q=%&src=cashtag_click', null],
  ['query without a dollar', '', '/search?q=AAPL&src=cashtag_click', null],
  ['query with more than the tag', '', '/search?q=%24AAPL%20earnings&src=cashtag_click', null],
  ['query with a plus-encoded space', '', '/search?q=%24AAPL+earnings&src=cashtag_click', null],
  ['query with a price', '', '/search?q=%24100&src=cashtag_click', null],
  ['empty query', '', '/search?q=&src=cashtag_click', null],
  ['no query', '', '/search?src=cashtag_click', null],
  ['search a user pasted (no cashtag src)', 'x.com/search?q=%24…', 'https://x.com/search?q=%24AAPL', null],
  ['search from typing', '', '/search?q=%24AAPL&src=typed_query', null],
  ['src value that only starts like ctag', '', '/search?q=%24AAPL&src=ctagx', null],
  ['not the search page', '', '/hashtag/AAPL?q=%24AAPL&src=ctag', null],
  ['another site', '', 'https://evil.example/search?q=%24AAPL&src=ctag', null],
  ['look-alike host', '', 'https://notx.com.evil.example/search?q=%24AAPL&src=ctag', null],
  ['host ending in x.com', '', 'https://evilx.com/search?q=%24AAPL&src=ctag', null],
  ['null href', 'Apple', null, null],
  ['visible text that is not a cashtag, app href', 'Apple Inc.', APP_HREF, null],
  ["X's search tab, which keeps src=cashtag_click", 'Latest', '/search?q=%24GRT&src=cashtag_click&f=live', null],
];

describe('symbolFromLink', () => {
  it.each(rows)('%s: %j %j', (_name, linkText, href, expected) => {
    expect(symbolFromLink(linkText, href)).toBe(expected);
  });
});
