/** One entry of the bundled list of known cryptocurrencies (src/context/crypto-assets.json). */
export interface CryptoAsset {
  symbol: string;
  name: string;
  /** The common Simplified Chinese name, where one is in wide use. */
  zh?: string;
  /** The same symbol is a listed stock, e.g. "Atomera (Nasdaq: ATOM)". */
  alsoStock?: string;
}

export interface CryptoAssetList {
  /** Where the list comes from and how it was curated; shown on the options page's About section. */
  source: string;
  asOf: string;
  assets: CryptoAsset[];
}
