import { storage } from '@wxt-dev/storage';
import { answer, ask } from '../messaging';
import type { SettingsPatch } from './settings-patch';
import { createSettingsQueue } from './settings-queue';
import { migrateSettingsV1ToV2, migrateSettingsV2ToV3 } from './settings-migrations';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-shape';
import { SETTINGS_KEY, SETTINGS_VERSION } from './storage-keys';

export { SETTINGS_VERSION };
export type { SettingsPatch } from './settings-patch';

/**
 * Synced across the user's browsers where the browser supports it; the settings are a few hundred
 * bytes, far inside sync's 8 KB-per-item quota.
 */
export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2, 3: migrateSettingsV2ToV3 },
});

/** The stored settings, repaired field by field if anything in storage is unreadable. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export type SettingsRequests = {
  'settings:update': { request: { patch: SettingsPatch }; response: Settings };
};

/**
 * Changes some settings, from any of the extension's pages: the patch goes to the background's one
 * queue and is applied there to the latest stored value, so a change in the popup and one in the
 * options page at the same moment both stay. Resolves with the settings as written.
 */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return ask<SettingsRequests>('settings:update', { patch });
}

const queueSettingsPatch = createSettingsQueue({
  read: readSettings,
  write: (settings) => settingsItem.setValue(settings),
});

/** Makes this context (the background) the one that applies every page's settings patches. */
export function answerSettingsUpdates(): () => void {
  return answer<SettingsRequests>({ 'settings:update': ({ patch }) => queueSettingsPatch(patch) });
}
