import { fakeBrowser } from 'wxt/testing';
import { answerSettingsUpdates } from '../../../src/settings/settings';

/**
 * A fresh fake browser whose background applies settings patches, as the real background does:
 * resetting the fake drops every message listener, the background's included.
 */
export function resetBrowserWithBackground(): void {
  fakeBrowser.reset();
  answerSettingsUpdates();
}
