import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCashtags } from '../../../src/cashtags/parse';
import { isSymbol, normalizeSymbol } from '../../../src/cashtags/symbol';
import { symbolFromLink } from '../../../src/cashtags/symbol-from-link';
import { createKnowledge } from '../../../src/context/lookup';
import { parsePack } from '../../../src/context/parse-pack';
import { parseHash } from '../../../src/options/OptionsApp';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackupText } from '../../../src/settings/backup';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings-shape';
import { samplePack } from '../helpers/sample-pack';

/** A symbol as stored (upper case), and whether it is one. */
const rows: [symbol: string, accepted: boolean][] = [
  ['GRT', true],
  ['A', true],
  ['BRK.A', true],
  ['BRK_B', true],
  ['FILE_PATH', true],
  ['ETH2', true],
  ['A.B.C', true],
  ['ABCDEFGHIJKLMNOPQRST', true],
  ['ABCDEFGHIJKLMNOPQRSTU', false],
  ['A..B', false],
  ['A._B', false],
  ['GRT.', false],
  ['GRT_', false],
  ['.GRT', false],
  ['1INCH', false],
  ['100', false],
  ['5.99', false],
  ['', false],
  ['A B', false],
  ['A-B', false],
  ['ΒTC', false], // Greek capital beta
  ['ıBM', false], // dotless i, which upper-cases to I
];

/** Every place a symbol enters the extension, each answering with the symbol it accepts or null. */
const entryPoints: Record<string, (symbol: string) => string | null> = {
  'link text': (symbol) => symbolFromLink(`$${symbol}`, null),
  'link text, lower case': (symbol) => symbolFromLink(`$${symbol.toLowerCase()}`, null),
  "X's cashtag href": (symbol) => symbolFromLink('', `/search?q=${encodeURIComponent(`$${symbol}`)}&src=cashtag_click`),
  'typed by the reader': (symbol) => normalizeSymbol(` $${symbol.toLowerCase()} `) ?? null,
  'knowledge lookup': (symbol) => createKnowledge([], []).lookup(symbol)?.symbol ?? null,
  'options page address': (symbol) => parseHash(`#notes/${symbol.toLowerCase()}`).symbol ?? null,
  'pack ticker': (symbol) => {
    const pack = samplePack();
    pack.tickers[0]!.symbol = symbol;
    const result = parsePack(pack);
    return result.ok ? result.pack.tickers[0]!.symbol : null;
  },
  'backup note': (symbol) => {
    const note = { text: 'A note.', updatedAt: '2026-01-01T00:00:00.000Z' };
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
      extensionVersion: '1.0.0',
      settings: DEFAULT_SETTINGS,
      notes: { [symbol]: note },
      packs: [],
    };
    const result = parseBackupText(JSON.stringify(backup));
    return result.ok ? (Object.keys(result.backup.notes)[0] ?? null) : null;
  },
};

describe('one definition of a symbol', () => {
  it.each(rows)('%j: every entry point agrees (accepted: %s)', (symbol, accepted) => {
    const answers = Object.fromEntries(Object.entries(entryPoints).map(([name, read]) => [name, read(symbol)]));
    const expected = accepted ? symbol : null;
    expect(answers).toEqual(Object.fromEntries(Object.keys(entryPoints).map((name) => [name, expected])));
    expect(isSymbol(symbol)).toBe(accepted);
  });

  it('a cashtag link reading $A..B is not marked, so no cue promises a card that never opens', () => {
    expect(symbolFromLink('$A..B', '/search?q=%24A..B&src=cashtag_click')).toBeNull();
  });

  it('every cashtag the plain-text rule finds is a symbol', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', 'a', 'Z', '.', '_', ' ', '1', 'ı') }), (text) => {
        for (const { symbol } of findCashtags(text)) expect(normalizeSymbol(symbol)).toBe(symbol.toUpperCase());
      }),
    );
  });
});

describe('normalizeSymbol', () => {
  it.each([
    ['grt', 'GRT'],
    ['$grt', 'GRT'],
    ['＄BTC', 'BTC'],
    [' BRK.a ', 'BRK.A'],
    ['file_path', 'FILE_PATH'],
  ])('%s → %s', (input, expected) => expect(normalizeSymbol(input)).toBe(expected));

  it.each(['', '$', '$$GRT', '1INCH', 'A B', '<img>', 'X'.repeat(30)])('rejects %j', (input) => {
    expect(normalizeSymbol(input)).toBeUndefined();
  });
});
