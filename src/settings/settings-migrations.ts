import { X_HOSTS, type XHost } from '../x-hosts';
import { normalizeSettings, type Settings } from './settings-shape';

/**
 * Version 1 (the first builds) kept a list of host names the user had switched off. Version 2
 * switches sites by group (x.com, twitter.com, mobile, X Pro) and adds the appearance settings.
 * Version 3 adds the watched and muted tickers and the crowded-post fade.
 */
export interface SettingsV1 {
  enabled?: boolean;
  disabledSites?: string[];
  annotate?: string;
  openOn?: string;
  hoverDelayMs?: number;
}

/**
 * Also safe on a version-2 value (its sites are kept): a reader can see the value before the
 * version the storage library writes after it, and must not reset the sites then.
 */
export function migrateSettingsV1ToV2(old: SettingsV1 | null | undefined): Settings {
  const sites = { ...normalizeSettings(old).sites };
  for (const host of old?.disabledSites ?? []) {
    const group = X_HOSTS[host as XHost];
    if (group) sites[group] = false;
  }
  // Keep every v1 choice that is still valid; anything unreadable falls back to its default.
  return normalizeSettings({ ...old, sites });
}

/** Every version-2 choice stays; the new settings start at their defaults (nothing watched, muted or faded). */
export function migrateSettingsV2ToV3(old: unknown): Settings {
  return normalizeSettings(old);
}
