import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import cryptoAssets from '../src/context/crypto-assets.json';
import type { CryptoAssetList } from '../src/context/crypto-assets';
import { cardChart } from '../src/card/card-chart';
import { CARD_CSS } from '../src/card/card-css';
import { cardMessages } from '../src/i18n/card-messages';
import { answer, type BackgroundRequests } from '../src/messages';
import { activePacks } from '../src/settings/active-packs';
import { saveNote } from '../src/settings/notes';
import { answerSettingsUpdates } from '../src/settings/settings';

/**
 * Serves X tabs what they need but should not bundle: the validated article packs (with their
 * card timelines laid out), the list of cryptocurrencies, the card's strings; saves notes written
 * on the card; applies every page's settings changes in one queue; opens the options page for the
 * card's "Open full context". Holds no state between events beyond the writes in progress.
 */
export default defineBackground(() => {
  answerSettingsUpdates();
  const crypto = (cryptoAssets as CryptoAssetList).assets;
  answer<BackgroundRequests>({
    'knowledge:get': async ({ locale }) => {
      const language = cardMessages[locale] ? locale : 'en';
      return {
        // Each with its card timeline laid out and worded here, so X tabs only draw it.
        packs: (await activePacks()).map((pack) => ({ ...pack, chart: cardChart(pack, language) })),
        crypto,
        messages: cardMessages[language],
        cardCss: CARD_CSS,
      };
    },
    'note:save': ({ symbol, text }) => saveNote(symbol, text),
    'options:open': async ({ hash }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`) });
    },
  });
});
