import { describe, expect, it } from 'vitest';
import cryptoAssets from '../../../src/context/crypto-assets.json';
import type { CryptoAsset, CryptoAssetList } from '../../../src/context/crypto-assets';

const list: CryptoAssetList = cryptoAssets;
const bySymbol = new Map<string, CryptoAsset>(list.assets.map((asset) => [asset.symbol, asset]));

/** X's cashtag shape, upper-cased: 1–6 letters, optionally `.` or `_` and 1–2 letters. No digits. */
const CASHTAG = /^[A-Z]{1,6}(?:[._][A-Z]{1,2})?$/;
const CJK = /[\u3400-\u9fff]/;
/** "Company (NYSE: TICKER)": the exchange, then the very ticker the entry is filed under. */
const STOCK_NOTE = /^\S.*\S \((NYSE|NYSE American|Nasdaq): ([A-Z.]+)\)$/;
const KEYS = new Set(['symbol', 'name', 'zh', 'alsoStock']);

function asset(symbol: string): CryptoAsset {
  const found = bySymbol.get(symbol);
  if (!found) throw new Error(`${symbol} is not in the list`);
  return found;
}

describe('the bundled crypto asset list', () => {
  it('says where it comes from and when', () => {
    expect(list.source.trim().length).toBeGreaterThan(40);
    expect(list.source).toBe(list.source.trim());
    expect(list.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${list.asOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(list.asOf);
  });

  it('holds a curated few hundred assets, not a registry dump', () => {
    expect(list.assets.length).toBeGreaterThanOrEqual(200);
    expect(list.assets.length).toBeLessThanOrEqual(300);
  });

  it('files every asset under a symbol X can link as a cashtag', () => {
    const bad = list.assets.map((a) => a.symbol).filter((symbol) => !CASHTAG.test(symbol));
    expect(bad).toEqual([]);
  });

  it('lists each symbol once', () => {
    const seen = new Set<string>();
    const dupes = list.assets.map((a) => a.symbol).filter((symbol) => seen.has(symbol) || !seen.add(symbol));
    expect(dupes).toEqual([]);
  });

  it('gives every asset a trimmed, non-empty name and no unknown fields', () => {
    for (const a of list.assets) {
      expect(a.name.length, a.symbol).toBeGreaterThan(0);
      expect(a.name, a.symbol).toBe(a.name.trim());
      expect(
        Object.keys(a).filter((key) => !KEYS.has(key)),
        a.symbol,
      ).toEqual([]);
    }
  });

  it('writes Chinese names in Chinese characters', () => {
    for (const a of list.assets.filter((a) => a.zh !== undefined)) {
      expect(a.zh, a.symbol).toMatch(CJK);
      expect(a.zh, a.symbol).toBe(a.zh?.trim());
    }
  });

  it('names the company and exchange of every stock that shares a symbol, under that same ticker', () => {
    for (const a of list.assets.filter((a) => a.alsoStock !== undefined)) {
      const match = STOCK_NOTE.exec(a.alsoStock ?? '');
      expect(match, `${a.symbol}: ${a.alsoStock}`).not.toBeNull();
      expect(match?.[2], a.symbol).toBe(a.symbol);
    }
  });

  it('knows the majors, stablecoins and the usual cashtags', () => {
    expect(asset('BTC')).toMatchObject({ name: 'Bitcoin', zh: '比特币' });
    expect(asset('ETH')).toMatchObject({ name: 'Ethereum', zh: '以太坊' });
    expect(asset('DOGE')).toMatchObject({ name: 'Dogecoin', zh: '狗狗币' });
    expect(asset('USDT').name).toBe('Tether');
    expect(asset('USDC').name).toBe('USD Coin');
    expect(asset('GRT').name).toBe('The Graph');
    expect(asset('FLOW').name).toBe('Flow');
    expect(asset('APE').name).toBe('ApeCoin');
    for (const symbol of ['SOL', 'XRP', 'UNI', 'AAVE', 'MKR', 'CRV', 'LDO', 'SHIB', 'PEPE', 'BONK', 'WIF', 'DAI']) {
      expect(bySymbol.has(symbol), symbol).toBe(true);
    }
  });

  it('flags the verified coin/stock collisions', () => {
    expect(asset('LINK').alsoStock).toContain('Interlink Electronics');
    expect(asset('LINK').alsoStock).toContain('(Nasdaq: LINK)');
    expect(asset('COMP').alsoStock).toContain('Compass');
    expect(asset('COMP').alsoStock).toContain('(NYSE: COMP)');
    expect(asset('LTC').alsoStock).toContain('(NYSE: LTC)');
    expect(asset('ATOM').alsoStock).toContain('(Nasdaq: ATOM)');
    expect(asset('SUI').alsoStock).toBe('Sun Communities, Inc. (NYSE: SUI)');
  });

  it('counts companies only, not funds, and only listings still live on the asOf date', () => {
    expect(list.source).toMatch(/Funds are not counted/);
    // NYSE: EOS and NYSE: LEO are closed-end funds' tickers, not companies'.
    expect(asset('EOS').alsoStock).toBeUndefined();
    expect(asset('LEO').alsoStock).toBeUndefined();
    // Sandstorm Gold (NYSE: SAND) was acquired by Royal Gold and delisted in October 2025.
    expect(asset('SAND').alsoStock).toBeUndefined();
    for (const symbol of ['EOS', 'LEO', 'SAND', 'SOL']) expect(list.source, symbol).toContain(`NYSE: ${symbol}`);
  });

  it('does not repeat stale collisions', () => {
    // Ethan Allen has traded as NYSE: ETD since August 2021; NYSE: ETH is now an ether ETF, not a company.
    expect(asset('ETH').alsoStock).toBeUndefined();
    // Emeren Group (NYSE: SOL) was taken private and delisted in December 2025.
    expect(asset('SOL').alsoStock).toBeUndefined();
  });

  it('leaves out stocks and symbols X cannot link', () => {
    for (const symbol of ['AMZN', 'AAPL', 'TSLA', 'MSTR', 'COIN', '1INCH', 'API3', 'AI16Z', 'USD1']) {
      expect(bySymbol.has(symbol), symbol).toBe(false);
    }
  });
});
