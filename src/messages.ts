import { browser } from 'wxt/browser';
import type { CryptoAsset } from './context/crypto-assets';
import type { Locale } from './i18n/catalog';
import type { CardMessageKey } from './i18n/card-messages';
import { ask, unwrap } from './messaging';
import type { SettingsRequests } from './settings/settings';
import type { ChartedPack } from './ui/timeline-chart';

/**
 * The few messages the extension's parts exchange. The background owns the article packs, the
 * card's strings and the writing of notes and settings, so the content script, which runs in every
 * X tab, stays small and never bundles them, and writes from several pages never overwrite each
 * other.
 */
export interface KnowledgeBundle {
  packs: ChartedPack[];
  crypto: CryptoAsset[];
  /** The card's strings in the language the content script asked for. */
  messages: Record<CardMessageKey, string>;
  /** The card's stylesheet (card, buttons, timeline), put into its shadow root when first drawn. */
  cardCss: string;
}

/** A cashtag found on the current page, for the toolbar popup. */
export interface PageCashtag {
  symbol: string;
  count: number;
  named: boolean;
  kind: 'article' | 'crypto' | 'other';
}

export interface PageReport {
  hostname: string;
  /** The extension is on for this site (global switch and per-site switch). */
  active: boolean;
  cashtags: PageCashtag[];
  /**
   * Post text on this page holds cashtags, yet none in X's cashtag links: X's markup has changed
   * since this version. Cards still open from the text; the popup says so, so it is not silent.
   */
  looksDifferent: boolean;
}

export type BackgroundRequests = SettingsRequests & {
  'knowledge:get': { request: { locale: Locale }; response: KnowledgeBundle };
  // biome-ignore lint/suspicious/noConfusingVoidType: no answer but done; the handler's Promise<void> must fit.
  'note:save': { request: { symbol: string; text: string }; response: void };
  // biome-ignore lint/suspicious/noConfusingVoidType: as above.
  'options:open': { request: { hash: string }; response: void };
};

export type TabRequests = {
  'page:report': { request: undefined; response: PageReport };
};

export { answer } from './messaging';

export function askBackground<K extends keyof BackgroundRequests & string>(
  type: K,
  data: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return ask<BackgroundRequests, K>(type, data);
}

export async function askTab<K extends keyof TabRequests>(
  tabId: number,
  type: K,
  data: TabRequests[K]['request'],
): Promise<TabRequests[K]['response']> {
  return unwrap(type, await browser.tabs.sendMessage(tabId, { type, data })) as TabRequests[K]['response'];
}
