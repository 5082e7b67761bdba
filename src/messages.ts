import { browser } from 'wxt/browser';
import type { CryptoAsset } from './context/crypto-assets';
import type { Locale } from './i18n/catalog';
import type { CardMessageKey } from './i18n/card-messages';
import type { ChartedPack } from './ui/timeline-chart';

/**
 * The few messages the extension's parts exchange. The background owns the article packs, the
 * card's strings and the writing of notes, so the content script, which runs in every X tab, stays
 * small and never bundles them.
 */
export interface KnowledgeBundle {
  packs: ChartedPack[];
  crypto: CryptoAsset[];
  /** The card's strings in the language the content script asked for. */
  messages: Record<CardMessageKey, string>;
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
}

export type BackgroundRequests = {
  'knowledge:get': { request: { locale: Locale }; response: KnowledgeBundle };
  'note:save': { request: { symbol: string; text: string }; response: void };
  'options:open': { request: { hash: string }; response: void };
};

export type TabRequests = {
  'page:report': { request: undefined; response: PageReport };
};

type Protocol = Record<string, { request: unknown; response: unknown }>;

export function askBackground<K extends keyof BackgroundRequests>(
  type: K,
  data: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return browser.runtime.sendMessage({ type, data });
}

export function askTab<K extends keyof TabRequests>(
  tabId: number,
  type: K,
  data: TabRequests[K]['request'],
): Promise<TabRequests[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, data });
}

type Handlers<Map extends Protocol> = {
  [K in keyof Map]?: (data: Map[K]['request']) => Map[K]['response'] | Promise<Map[K]['response']>;
};

/** Answers the listed message types; other messages are left for other listeners. Returns a remover. */
export function answer<Map extends Protocol>(handlers: Handlers<Map>): () => void {
  const listener = (message: unknown) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: string; data?: unknown };
    const handler = handlers[type as keyof Map] as ((data: unknown) => unknown) | undefined;
    return handler ? Promise.resolve(handler(data)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
