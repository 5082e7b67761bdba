import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import cryptoAssets from '../src/context/crypto-assets.json';
import type { CryptoAssetList } from '../src/context/crypto-assets';
import { cardMessages } from '../src/i18n/card-messages';
import { answer, type BackgroundRequests } from '../src/messages';
import { activePacks } from '../src/settings/active-packs';
import { saveNote } from '../src/settings/notes';
import { answerSettingsUpdates } from '../src/settings/settings';

/**
 * Serves X tabs what they need but should not bundle: the validated article packs, the list of
 * cryptocurrencies, the card's strings; saves notes written on the card; applies every page's
 * settings changes in one queue; opens the options page for the card's "Open full context". Holds
 * no state between events beyond the writes in progress.
 */
export default defineBackground(() => {
  answerSettingsUpdates();
  const crypto = (cryptoAssets as CryptoAssetList).assets;
  answer<BackgroundRequests>({
    'knowledge:get': async ({ locale }) => ({ packs: await activePacks(), crypto, messages: cardMessages[locale] ?? cardMessages.en }),
    'note:save': ({ symbol, text }) => saveNote(symbol, text),
    'options:open': async ({ hash }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`) });
    },
  });
});
