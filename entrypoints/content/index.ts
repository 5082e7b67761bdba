import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCardController, removeCardLeftovers } from '../../src/card/card-controller';
import { isCardNode } from '../../src/card/card-view';
import { createKnowledge, type Knowledge } from '../../src/context/lookup';
import { fill, type Locale, type Translate } from '../../src/i18n/catalog';
import type { CardMessageKey } from '../../src/i18n/card-messages';
import { resolveLocale } from '../../src/i18n/locale';
import { answer, askBackground, type TabRequests } from '../../src/messages';
import { countCashtags } from '../../src/page/count-cashtags';
import { X_MATCH_PATTERNS } from '../../src/page/hosts';
import { unmarkAll } from '../../src/page/mark-cashtag-links';
import { createPageStyle } from '../../src/page/page-style';
import { HIGHLIGHT, HIGHLIGHT_NAMED } from '../../src/page/plain-text-cashtags';
import { scanCashtags, type CashtagScan } from '../../src/page/scan-cashtags';
import { readPageTheme, watchPageTheme } from '../../src/page/theme';
import { watchCashtagInteractions, type InteractionHandlers } from '../../src/page/watch-cashtag-interactions';
import type { Notes } from '../../src/settings/note-shape';
import { readPageNotes, readPageSettings, watchPageStorage } from '../../src/settings/page-storage';
import { isActiveOn, type Settings } from '../../src/settings/settings-shape';

export default defineContentScript({
  matches: X_MATCH_PATTERNS,
  runAt: 'document_idle',
  main: (ctx) => start(ctx),
});

/** What the card draws from: the active packs, the list of coins, and the card's strings. */
interface Loaded {
  knowledge: Knowledge;
  locale: Locale;
  t: Translate<CardMessageKey>;
}

/**
 * Wires the page layer (finding cashtags) to the card (drawing them) for this tab, from the
 * settings, and keeps both in step with every change of settings, packs, notes and theme.
 */
async function start(ctx: ContentScriptContext) {
  const hostname = location.hostname;
  let settings: Settings;
  let notes: Notes;
  let loaded: Loaded;
  try {
    settings = await readPageSettings();
    notes = await readPageNotes();
    loaded = await loadWithRetry(settings, ctx);
  } catch (error) {
    // Orphaned (the extension was updated or disabled while this tab loaded): stay silent.
    if (ctx.isInvalid) return;
    throw error;
  }
  let theme = readPageTheme(document);
  if (ctx.isInvalid) return;
  removeLeftovers();

  const namedSymbols = () => loaded.knowledge.indexedSymbols().filter((symbol) => loaded.knowledge.isNamed(symbol));
  const accept = (symbol: string) => {
    const kind = loaded.knowledge.classify(symbol);
    return settings.annotate === 'all' || kind === 'article' || (settings.annotate === 'crypto' && kind === 'crypto');
  };

  const style = createPageStyle(document);
  const card = createCardController({
    lifetime: ctx,
    document,
    knowledge: () => loaded.knowledge,
    settings: () => settings,
    locale: () => loaded.locale,
    t: () => loaded.t,
    theme: () => theme,
    notes: () => notes,
    saveNote: (symbol, text) => askBackground('note:save', { symbol, text }),
    openFullContext: (symbol) => void askBackground('options:open', { hash: `context/${symbol}` }).catch(() => {}),
  });

  let scan: CashtagScan | undefined;
  let stopInteractions: AbortController | undefined;
  const activate = () => {
    style.update(settings.cue, namedSymbols());
    scan = scanCashtags(document, {
      accept,
      isNamed: (symbol) => loaded.knowledge.isNamed(symbol),
      isOurs: isCardNode,
      alive: () => ctx.isValid,
    });
    stopInteractions = new AbortController();
    const signal = AbortSignal.any([ctx.signal, stopInteractions.signal]);
    watchCashtagInteractions(window, scan.plain, stillValid(card.handlers), card.isOurs, signal);
  };
  const deactivate = () => {
    stopInteractions?.abort();
    stopInteractions = undefined;
    card.remove();
    scan?.stop();
    scan = undefined;
    style.update('none', []);
  };
  /** Brings the page in line with the current settings and knowledge. */
  const sync = (reread: boolean) => {
    if (!isActiveOn(settings, hostname)) return deactivate();
    if (!scan) return activate();
    style.update(settings.cue, namedSymbols());
    if (reread) scan.rescanAll();
    card.refresh();
  };
  sync(false);

  // Several changes in a row (a language and a pack, say) each reload; only the last one counts,
  // so an earlier answer arriving late can never bring back stale knowledge.
  let reloads = 0;
  const reload = async () => {
    const mine = ++reloads;
    try {
      const next = await load(settings);
      if (mine !== reloads || ctx.isInvalid) return;
      loaded = next;
      sync(true);
    } catch (error) {
      // The tab keeps what it had; an orphaned script has nothing to report.
      if (ctx.isValid) console.warn('Cashtag Context could not reload its knowledge:', error);
    }
  };
  const unwatch = [
    watchPageStorage({
      settings: (next) => {
        const previous = settings;
        settings = next;
        // Packs switched on or off, or a new language: fetch the knowledge and strings again.
        if (JSON.stringify(previous.packs) !== JSON.stringify(next.packs) || previous.language !== next.language) void reload();
        else sync(previous.annotate !== next.annotate);
      },
      notes: (next) => {
        notes = next;
        card.refresh();
      },
      packs: () => void reload(),
    }),
    watchPageTheme(document, (next) => {
      theme = next;
      card.refresh();
    }),
    answer<TabRequests>({
      'page:report': () => ({
        hostname,
        active: isActiveOn(settings, hostname),
        cashtags: scan ? countCashtags(document, scan.plain, loaded.knowledge.classify, loaded.knowledge.isNamed) : [],
      }),
    }),
  ];
  // A pinned card belongs to the page it was opened on.
  ctx.addEventListener(window, 'wxt:locationchange', () => card.navigated());
  ctx.onInvalidated(() => {
    // X's page first: whatever else fails while the extension goes away, our marks must not stay.
    deactivate();
    style.remove();
    for (const stop of unwatch) {
      try {
        stop();
      } catch {
        // The extension's APIs are already gone: their listeners went with them.
      }
    }
  });

  /**
   * After the extension is updated or disabled, this script is orphaned: its storage and messages
   * throw. Checking on each interaction (a property read) lets it notice, tear down, and stay quiet.
   */
  function stillValid(handlers: InteractionHandlers): InteractionHandlers {
    const guard =
      <A extends unknown[], R>(handler: (...args: A) => R) =>
      (...args: A) =>
        ctx.isInvalid ? (false as R) : handler(...args);
    return {
      enter: guard(handlers.enter),
      leave: guard(handlers.leave),
      focus: guard(handlers.focus),
      blur: guard(handlers.blur),
      click: guard(handlers.click),
      keydown: guard(handlers.keydown),
      pointerdown: guard(handlers.pointerdown),
    };
  }
}

/**
 * The first load, right as the browser starts or the background's service worker wakes, can find
 * nobody listening yet: ask again a few times before giving up.
 */
async function loadWithRetry(settings: Settings, ctx: ContentScriptContext): Promise<Loaded> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load(settings);
    } catch (error) {
      if (attempt === 3 || ctx.isInvalid) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

async function load(settings: Settings): Promise<Loaded> {
  const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
  const bundle = await askBackground('knowledge:get', { locale });
  return {
    knowledge: createKnowledge(bundle.packs, bundle.crypto),
    locale,
    t: (key, params) => fill(bundle.messages[key], params),
  };
}

/**
 * A previous copy of this script that could not clean up (Firefox unloads it outright on an
 * update) may have left its style, its card host and a cashtag's description link behind.
 */
function removeLeftovers() {
  for (const node of document.querySelectorAll('style[data-cashtag-context]')) node.remove();
  removeCardLeftovers(document);
  // Its marks and highlights too: if this copy is switched off for the site, none may stay.
  unmarkAll(document);
  for (const name of [HIGHLIGHT, HIGHLIGHT_NAMED]) CSS.highlights?.delete(name);
}
