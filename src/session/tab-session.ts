import { createCardController, removeCardLeftovers } from '../card/card-controller';
import type { Locale } from '../i18n/catalog';
import type { KnowledgeBundle, PageReport } from '../messages';
import { removePageLeftovers } from '../page/page-leftovers';
import { readPageTheme, watchPageTheme } from '../page/theme';
import type { Notes } from '../settings/note-shape';
import type { StorageChanges } from '../settings/page-storage';
import type { SettingsPatch } from '../settings/settings-patch';
import type { Settings } from '../settings/settings-shape';
import { createPageAnnotation } from './annotate-page';
import { latestOnly, loadKnowledge, loadWithRetry, type Loaded } from './load-knowledge';
import { settingsChange } from './settings-change';

/** The content script's life, as WXT's `ContentScriptContext` tells it. */
export interface TabLifetime {
  /** Reading it is how an orphaned script (the extension updated or disabled) notices. */
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
}

/** The extension's storage as an X tab reads it. */
export interface TabStorage {
  readSettings(): Promise<Settings>;
  readNotes(): Promise<Notes>;
  watch(on: StorageChanges): () => void;
}

/** What an X tab asks of the background, and the one question it answers (the popup's). */
export interface TabMessaging {
  getKnowledge(locale: Locale): Promise<KnowledgeBundle>;
  saveNote(symbol: string, text: string): Promise<void>;
  openOptions(hash: string): Promise<void>;
  /** A change of settings, applied by the background's queue. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  answerReport(report: () => PageReport): () => void;
}

export interface TabSessionEnvironment {
  lifetime: TabLifetime;
  window: Window;
  /** The browser's UI language, for the "auto" language setting. */
  uiLanguage: string;
  storage: TabStorage;
  messaging: TabMessaging;
  /** X navigates inside the page (a pushState), without loading a new document. */
  onNavigation(listener: () => void): void;
}

/**
 * The tab's session: reads the settings, notes and knowledge, annotates X's page and keeps it in
 * step with every change of settings, packs, notes and theme, until the extension goes away.
 */
export async function startTabSession(env: TabSessionEnvironment): Promise<void> {
  const { lifetime, messaging, storage } = env;
  const { document } = env.window;
  const hostname = env.window.location.hostname;
  const isInvalid = () => lifetime.isInvalid;
  const load = () => loadKnowledge(messaging.getKnowledge, settings.language, env.uiLanguage);
  let settings: Settings;
  let notes: Notes;
  let loaded: Loaded;
  try {
    settings = await storage.readSettings();
    notes = await storage.readNotes();
    loaded = await loadWithRetry(load, isInvalid);
  } catch (error) {
    // Orphaned while this tab loaded: stay silent.
    if (lifetime.isInvalid) return;
    throw error;
  }
  let theme = readPageTheme(document);
  if (lifetime.isInvalid) return;
  removePageLeftovers(document);
  removeCardLeftovers(document);

  const card = createCardController({
    lifetime,
    document,
    knowledge: () => loaded.knowledge,
    settings: () => settings,
    locale: () => loaded.locale,
    t: () => loaded.t,
    css: () => loaded.css,
    theme: () => theme,
    notes: () => notes,
    saveNote: messaging.saveNote,
    openFullContext: (symbol) => void messaging.openOptions(`context/${symbol}`).catch(() => {}),
    setTicker: (symbol, list, on) => messaging.updateSettings({ [list]: { [symbol]: on } }),
  });
  const page = createPageAnnotation({
    window: env.window,
    hostname,
    signal: lifetime.signal,
    alive: () => !lifetime.isInvalid,
    settings: () => settings,
    knowledge: () => loaded.knowledge,
    card,
  });
  page.sync(false);

  const reload = latestOnly(
    load,
    (next) => {
      loaded = next;
      page.sync(true);
    },
    isInvalid,
  );
  const unwatch = [
    storage.watch({
      settings: (next) => {
        const change = settingsChange(settings, next);
        settings = next;
        if (change === 'reload') void reload();
        else page.sync(change === 'rescan');
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
    messaging.answerReport(() => ({
      hostname,
      active: page.active(),
      cashtags: page.cashtags(),
      looksDifferent: page.looksDifferent(),
    })),
  ];
  env.onNavigation(card.navigated);
  lifetime.onInvalidated(() => {
    // X's page first: whatever else fails while the extension goes away, our marks must not stay.
    page.remove();
    for (const stop of unwatch) {
      try {
        stop();
      } catch {
        // The extension's APIs are already gone: their listeners went with them.
      }
    }
  });
}
