import { normalizeSymbol } from '../cashtags/symbol';
import type { Claim, ContextPack, Ticker, TimelineEvent } from './pack-schema';
import type { CryptoAsset } from './crypto-assets';

/** How the card labels a symbol. `article`: some active pack indexes it. */
export type SymbolKind = 'article' | 'crypto' | 'other';

/** What one pack says about one symbol. */
export interface PackAnswer {
  pack: ContextPack;
  /** The pack's own entry for this ticker, when it has one. */
  ticker?: Ticker;
  /** Which of the pack's contexts the claims come from. */
  basis: 'ticker' | 'crypto' | 'stock';
  /** Most relevant first. */
  claims: Claim[];
  /** Timeline events that concern this ticker, highlighted on the drawn timeline. */
  eventIds: ReadonlySet<string>;
}

export interface LookupResult {
  /** Upper-cased, without the `$`. */
  symbol: string;
  kind: SymbolKind;
  /** The asset's name, from a pack's ticker index or the bundled crypto list. */
  name?: { en: string; zh: string };
  /** The symbol is also a listed stock: say so rather than guess which one a post means. */
  alsoStock?: string;
  /** Packs that index the symbol first (named before concerns), then packs that speak generally. */
  answers: PackAnswer[];
}

export interface Knowledge {
  packs: readonly ContextPack[];
  classify(symbol: string): SymbolKind;
  /** The article writes this cashtag itself (relation `named`): the distinct cue on the page. */
  isNamed(symbol: string): boolean;
  lookup(symbol: string): LookupResult | undefined;
  /** All symbols any active pack indexes. */
  indexedSymbols(): string[];
}

interface IndexEntry {
  pack: ContextPack;
  ticker: Ticker;
}

/** Builds the indexes once per set of active packs; every hover is then a few map reads. */
export function createKnowledge(packs: readonly ContextPack[], cryptoAssets: readonly CryptoAsset[]): Knowledge {
  const crypto = new Map(cryptoAssets.map((asset) => [asset.symbol, asset]));
  const index = new Map<string, IndexEntry[]>();
  const claimsById = new Map<ContextPack, Map<string, Claim>>();
  for (const pack of packs) {
    claimsById.set(pack, new Map(pack.claims.map((claim) => [claim.id, claim])));
    for (const ticker of pack.tickers) {
      const entries = index.get(ticker.symbol) ?? [];
      entries.push({ pack, ticker });
      index.set(ticker.symbol, entries);
    }
  }
  for (const entries of index.values()) entries.sort((a, b) => relationRank(a.ticker) - relationRank(b.ticker));

  const claimsOf = (pack: ContextPack, ids: readonly string[]): Claim[] => {
    const byId = claimsById.get(pack)!;
    return ids.map((id) => byId.get(id)).filter((claim): claim is Claim => claim !== undefined);
  };

  const classify = (symbol: string): SymbolKind =>
    index.has(symbol) ? 'article' : crypto.has(symbol) ? 'crypto' : 'other';

  return {
    packs,
    classify,
    isNamed: (symbol) => index.get(symbol)?.some((entry) => entry.ticker.relation === 'named') ?? false,
    indexedSymbols: () => [...index.keys()],
    lookup(input) {
      const symbol = normalizeSymbol(input);
      if (!symbol) return undefined;
      const entries = index.get(symbol) ?? [];
      const asset = crypto.get(symbol);
      const indexedPacks = new Set(entries.map((entry) => entry.pack));
      const generalBasis = entries[0]?.ticker.assetKind === 'stock' || (!asset && !entries.length) ? 'stock' : 'crypto';

      const answers: PackAnswer[] = entries.map(({ pack, ticker }) => ({
        pack,
        ticker,
        basis: 'ticker',
        claims: claimsOf(pack, ticker.claims),
        eventIds: new Set(ticker.events ?? []),
      }));
      for (const pack of packs) {
        if (indexedPacks.has(pack)) continue;
        const claims = claimsOf(pack, pack.general[generalBasis]);
        if (claims.length) answers.push({ pack, basis: generalBasis, claims, eventIds: new Set() });
      }

      const name = entries[0]?.ticker.name ?? (asset ? { en: asset.name, zh: asset.zh ?? asset.name } : undefined);
      return {
        symbol,
        kind: classify(symbol),
        ...(name && { name }),
        ...(asset?.alsoStock && { alsoStock: asset.alsoStock }),
        answers,
      };
    },
  };
}

function relationRank(ticker: Ticker): number {
  return ticker.relation === 'named' ? 0 : 1;
}

/** The events of a pack's timeline in date order (the pack keeps them so, but imports may not). */
export function timelineInOrder(pack: ContextPack): TimelineEvent[] {
  return [...pack.timeline].sort((a, b) => a.date.localeCompare(b.date));
}
