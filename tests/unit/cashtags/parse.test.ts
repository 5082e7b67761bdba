import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { findCashtags, type CashtagMatch } from '../../../src/cashtags/parse';

/**
 * twitter-text is the oracle. Its `extractCashtagsWithIndices` reports the offsets of
 * `String.prototype.replace`, i.e. UTF-16 code units like our contract, so no index conversion is
 * needed; the "indices are UTF-16" test below pins that, so an oracle upgrade that switched to code
 * points would fail loudly instead of silently skewing every comparison.
 */
function oracle(text: string): CashtagMatch[] {
  return twitter
    .extractCashtagsWithIndices(text)
    .map(({ cashtag, indices: [start, end] }) => ({ symbol: cashtag, start, end }));
}

/** `[symbol, start]` per expected tag; `end` is always `start + 1 + symbol.length`. */
type Expected = [symbol: string, start: number][];

function matches(expected: Expected): CashtagMatch[] {
  return expected.map(([symbol, start]) => ({ symbol, start, end: start + 1 + symbol.length }));
}

const rows: [name: string, text: string, expected: Expected][] = [
  // Where a tag may start
  ['alone', '$AAPL', [['AAPL', 0]]],
  ['start of text, then words', '$AAPL is up', [['AAPL', 0]]],
  ['after a space', 'buy $AAPL now', [['AAPL', 4]]],
  ['after a tab', 'buy\t$AAPL', [['AAPL', 4]]],
  ['after a line feed', 'buy\n$AAPL', [['AAPL', 4]]],
  ['after CR LF', 'buy\r\n$AAPL', [['AAPL', 5]]],
  ['after a vertical tab', 'a\v$X', [['X', 2]]],
  ['after a form feed', 'a\f$X', [['X', 2]]],
  ['after NBSP', 'buy\u00A0$AAPL', [['AAPL', 4]]],
  ['after ideographic space U+3000', '买入\u3000$BTC', [['BTC', 3]]],
  ['after NEL U+0085 (twitter-text space, not JS \\s)', 'a\u0085$BTC', [['BTC', 2]]],
  ['after Mongolian vowel separator U+180E', 'a\u180E$BTC', [['BTC', 2]]],
  ['after ogham space U+1680', 'a\u1680$BTC', [['BTC', 2]]],
  ['after en quad U+2000', 'a\u2000$BTC', [['BTC', 2]]],
  ['after hair space U+200A', 'a\u200A$BTC', [['BTC', 2]]],
  ['after line separator U+2028', 'a\u2028$BTC', [['BTC', 2]]],
  ['after paragraph separator U+2029', 'a\u2029$BTC', [['BTC', 2]]],
  ['after narrow NBSP U+202F', 'a\u202F$BTC', [['BTC', 2]]],
  ['after medium math space U+205F', 'a\u205F$BTC', [['BTC', 2]]],
  ['not after zero-width space U+200B', 'a\u200B$BTC', []],
  ['not after BOM U+FEFF (JS \\s, but not a twitter-text space)', 'a\uFEFF$BTC', []],
  ['not after U+001C (a JS-trim separator, not a space here)', 'a\u001C$BTC', []],
  [
    'newline-separated',
    '$BTC\n$ETH\n$SOL',
    [
      ['BTC', 0],
      ['ETH', 5],
      ['SOL', 10],
    ],
  ],
  [
    'several on one line',
    '$BTC $ETH  $SOL',
    [
      ['BTC', 0],
      ['ETH', 5],
      ['SOL', 11],
    ],
  ],

  // Nothing but a space may come before the $
  ['glued to a word', 'text$NO', []],
  ['double dollar', '$$NG', []],
  ['double dollar after a space', 'a $$NG', []],
  ['in parentheses', '($TWTR)', []],
  ['in brackets', '[$TWTR]', []],
  ['in double quotes', '"$TWTR"', []],
  ['after a comma', 'a,$BTC', []],
  ['after a period', 'a.$BTC', []],
  ['after a hash', '#$BTC', []],
  ['after an at sign', '@$BTC', []],
  ['after a slash', '$A/$B', [['A', 0]]],
  ['after an emoji', '🚀$BTC', []],
  ['after an object replacement character', '\uFFFC$BTC', []],
  ['after CJK (no spaces)', '买入$BTC了', []],
  ['after a full-width comma', '买，$BTC', []],

  // The symbol
  ['lower case, kept as written', '$btc', [['btc', 0]]],
  ['mixed case, kept as written', '$BtC', [['BtC', 0]]],
  ['one letter', '$X', [['X', 0]]],
  ['six letters', '$ABCDEF', [['ABCDEF', 0]]],
  ['seven letters', '$ABCDEFG', []],
  ['class share with a dot', '$BRK.A', [['BRK.A', 0]]],
  ['two-letter suffix', '$BRK.AB', [['BRK.AB', 0]]],
  ['three-letter suffix falls back to the bare letters', '$BRK.ABC', [['BRK', 0]]],
  ['underscore suffix', '$BRK_B', [['BRK_B', 0]]],
  ['six letters plus suffix', '$ABCDEF.GH', [['ABCDEF.GH', 0]]],
  ['only one suffix', '$A.B.C', [['A.B', 0]]],
  ['trailing period dropped', '$GRT.', [['GRT', 0]]],
  ['trailing underscore dropped', '$GRT_', [['GRT', 0]]],
  ['suffix followed by a digit falls back', '$BRK.A1', [['BRK', 0]]],
  ['dotted domain-like text falls back', '$AAPL.com', [['AAPL', 0]]],
  ['digit at the end', '$ETH2', []],
  ['digit first', '$1INCH', []],
  ['price', '$317.06', []],
  ['small price', 'only $5.99!', []],
  ['bare dollar', '$ alone', []],
  ['dollar at the end', 'pay in $', []],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is a literal template placeholder
  ['template placeholder', '${VAR}', []],
  ['shell variable without braces', 'echo $HOME', [['HOME', 5]]],
  ['full-width dollar', '＄BTC', []],
  ['full-width dollar after a space', 'buy ＄BTC', []],
  ['non-ASCII letter that upper-cases to ASCII (long s)', '$ſ', []],
  ['Kelvin sign', '$\u212A', []],
  ['accented letter ends nothing', '$CAFé', []],
  ['combining mark after the symbol', '$BTC\u0301', []],

  // What may follow the symbol
  ['followed by a comma and a glued tag', '$GRT,$BTC', [['GRT', 0]]],
  [
    'followed by comma, space, tag',
    '$GRT, $BTC',
    [
      ['GRT', 0],
      ['BTC', 6],
    ],
  ],
  ['followed by !', '$BTC!', [['BTC', 0]]],
  ['followed by ?', '$BTC?', [['BTC', 0]]],
  ['followed by )', '$BTC)', [['BTC', 0]]],
  ['followed by :', '$BTC: up', [['BTC', 0]]],
  ["followed by '", "$BTC's run", [['BTC', 0]]],
  ['followed by -', '$BTC-USD', [['BTC', 0]]],
  ['followed by a backslash', '$BTC\\', [['BTC', 0]]],
  ['followed by another $', '$BTC$', [['BTC', 0]]],
  ['followed by a double quote (not in twitter-text punct)', '$BTC"', []],
  ['followed by a backtick (not in twitter-text punct)', '$BTC`', []],
  ['followed by a full-width period', '$BTC。', []],
  ['followed by an ellipsis', '$BTC…', []],
  ['followed by CJK', '$BTC买入', []],
  ['followed by an emoji', '$BTC🚀', []],
  ['followed by NBSP', '$BTC\u00A0up', [['BTC', 0]]],
  ['followed by U+3000', '$BTC\u3000买', [['BTC', 0]]],
  ['followed by BOM U+FEFF (JS \\s)', '$BTC\uFEFF', [['BTC', 0]]],
  ['followed by NEL U+0085 (not JS \\s)', '$BTC\u0085', []],
  ['followed by U+180E (not JS \\s)', '$BTC\u180E', []],
  ['followed by a zero-width space', '$BTC\u200B', []],

  // Surrogate pairs and indices in UTF-16 code units
  ['emoji before, spaced', '😀 $BTC', [['BTC', 3]]],
  [
    'emoji around and between',
    '😀 $BTC 🚀 $ETH 😀',
    [
      ['BTC', 3],
      ['ETH', 11],
    ],
  ],
  ['astral CJK before', '𠮷 $BTC', [['BTC', 3]]],
  ['flag emoji before', '🇺🇸 $SPY', [['SPY', 5]]],
  ['ZWJ family emoji before', '👨‍👩‍👧 $FAM', [['FAM', 9]]],
  ['lone high surrogate before', '\uD83D $BTC', [['BTC', 2]]],
  ['lone low surrogate after', '$BTC\uDE00', []],
  ['CJK sentence with spaces', '今天 $BTC 涨了', [['BTC', 3]]],

  // URLs and e-mail addresses
  ['search URL', 'https://x.com/search?q=$AAPL', []],
  ['URL path', 'https://example.com/$AAPL', []],
  ['URL then a tag', 'https://x.com/ $AAPL', [['AAPL', 15]]],
  ['tag then a URL', '$AAPL https://x.com/a', [['AAPL', 0]]],
  ['URL ending in a tag-like word after a space', 'see example.com/x $AAPL.', [['AAPL', 18]]],
  ['e-mail address with a dollar', 'pay$me@example.com', []],
  ['e-mail local part starting with a dollar', '$me@example.com', [['me', 0]]],
  ['markdown-ish link text', '[$AAPL](https://x.com)', []],
];

describe('findCashtags', () => {
  it.each(rows)('%s: %j', (_name, text, expected) => {
    const found = findCashtags(text);
    expect(found).toEqual(matches(expected));
    expect(found).toEqual(oracle(text));
    for (const { symbol, start, end } of found) expect(text.slice(start, end)).toBe(`$${symbol}`);
  });

  it('returns an empty array for empty text and text without a dollar', () => {
    expect(findCashtags('')).toEqual([]);
    expect(findCashtags('no tags here')).toEqual([]);
  });

  it("agrees with twitter-text's indices being UTF-16 code units, not code points", () => {
    const text = '😀😀 $BTC';
    expect(twitter.extractCashtagsWithIndices(text)[0]?.indices).toEqual([5, 9]);
    expect(findCashtags(text)[0]).toEqual({ symbol: 'BTC', start: 5, end: 9 });
  });

  it('can be called again and again (its sticky regexes keep no state between calls)', () => {
    expect(findCashtags('a $ETH b $SOL')).toEqual(
      matches([
        ['ETH', 2],
        ['SOL', 9],
      ]),
    );
    expect(findCashtags('$X')).toEqual(matches([['X', 0]]));
  });
});

/** Fragments weighted towards the characters where the rule is decided. */
const tricky = fc.constantFrom(
  '$',
  '$',
  '$',
  '$',
  '＄',
  ' $',
  '$$',
  '${',
  '$BTC',
  'BRK.',
  '.A',
  '_B',
  'ETH',
  'ABCDEFG',
  'A',
  'B',
  'Z',
  'a',
  'q',
  'x',
  '0',
  '1',
  '9',
  '.',
  '_',
  '/',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '!',
  '?',
  '-',
  ':',
  ';',
  '#',
  '@',
  '&',
  '%',
  '~',
  '\\',
  '^',
  '|',
  '+',
  '*',
  '=',
  '<',
  '>',
  "'",
  '"',
  '`',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00A0',
  '\u0085',
  '\u1680',
  '\u180E',
  '\u2000',
  '\u2007',
  '\u200A',
  '\u200B',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
  '\uFEFF',
  '\u001C',
  '\u200E',
  '\uFFFC',
  '买',
  '入',
  '了',
  '。',
  '，',
  '！',
  '…',
  '𠮷',
  '😀',
  '🚀',
  '🇺🇸',
  '\u200D',
  '\uD83D',
  '\uDE00',
  '\u0301',
  'ſ',
  '\u212A',
  'ı',
  'é',
  'https://',
  'x.com/',
  'search?q=',
  '%24',
  'a@b.co',
  'mailto:',
);
const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
// Plain ASCII dollars, mostly where a tag may start, so that many samples hold a real tag.
const dollar = fc.constantFrom('$', ' $', ' $', '\n$', '\u3000$');
const fragment = fc.oneof(
  { arbitrary: tricky, weight: 8 },
  { arbitrary: letter, weight: 5 },
  { arbitrary: dollar, weight: 3 },
  // Any code point now and then, so nothing outside the list above goes untested.
  { arbitrary: fc.string({ unit: 'binary', maxLength: 2 }), weight: 1 },
);
const text = fc.array(fragment, { maxLength: 24, size: 'medium' }).map((parts) => parts.join(''));

const FUZZ_RUNS = Math.max(100_000, Number(process.env.CASHTAG_FUZZ_RUNS ?? 0) || 0);
const FUZZ_SEED = Number(process.env.CASHTAG_FUZZ_SEED ?? 0x5eed_ca5) | 0;

describe('findCashtags against twitter-text, fuzzed', () => {
  it(`agrees on ${FUZZ_RUNS} generated texts (seed ${FUZZ_SEED}; override with CASHTAG_FUZZ_SEED)`, () => {
    let samplesWithTags = 0;
    fc.assert(
      fc.property(text, (sample) => {
        const expected = oracle(sample);
        if (expected.length) samplesWithTags++;
        expect(findCashtags(sample)).toEqual(expected);
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
    // Guards the generator: agreeing on texts that never hold a tag would prove little.
    expect(samplesWithTags).toBeGreaterThan(FUZZ_RUNS / 5);
  }, 120_000);
});
