import { storage } from '@wxt-dev/storage';
import type { SiteGroup } from '../page/hosts';

export type AnnotateMode = 'all' | 'crypto' | 'article';
export type OpenMode = 'hover-focus' | 'hover' | 'click';

export interface Settings {
  enabled: boolean;
  /** Host names where the user turned the extension off. */
  disabledSites: string[];
  annotate: AnnotateMode;
  openOn: OpenMode;
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  annotate: 'all',
  openOn: 'hover-focus',
  hoverDelayMs: 300,
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function isSiteEnabled(settings: Settings, hostname: string, _group?: SiteGroup): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
