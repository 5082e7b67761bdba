import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { answer, askBackground, type TabRequests } from '../../src/messages';
import { X_MATCH_PATTERNS } from '../../src/x-hosts';
import { startTabSession } from '../../src/session/tab-session';
import { readPageNotes, readPageSettings, watchPageStorage } from '../../src/settings/page-storage';

/** Wiring only: the tab's session (src/session) with this browser's storage and messaging. */
export default defineContentScript({
  matches: X_MATCH_PATTERNS,
  runAt: 'document_idle',
  main: (ctx) =>
    startTabSession({
      lifetime: ctx,
      window,
      uiLanguage: browser.i18n.getUILanguage(),
      storage: { readSettings: readPageSettings, readNotes: readPageNotes, watch: watchPageStorage },
      messaging: {
        getKnowledge: (locale) => askBackground('knowledge:get', { locale }),
        saveNote: (symbol, text) => askBackground('note:save', { symbol, text }),
        openOptions: (hash) => askBackground('options:open', { hash }),
        updateSettings: (patch) => askBackground('settings:update', { patch }),
        answerReport: (report) => answer<TabRequests>({ 'page:report': report }),
      },
      onNavigation: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    }),
});
