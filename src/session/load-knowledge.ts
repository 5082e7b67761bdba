import { createKnowledge, type Knowledge } from '../context/lookup';
import { fill, type Locale, type Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import { resolveLocale } from '../i18n/locale';
import type { KnowledgeBundle } from '../messages';
import type { Settings } from '../settings/settings-shape';

/** What the card draws from: the active packs, the list of coins, and the card's strings. */
export interface Loaded {
  knowledge: Knowledge;
  locale: Locale;
  t: Translate<CardMessageKey>;
  /** The card's stylesheet: served by the background, so its bytes stay out of every X tab's script. */
  css: string;
}

export type AskKnowledge = (locale: Locale) => Promise<KnowledgeBundle>;

/** Asks the background for the knowledge and strings in the reader's language. */
export async function loadKnowledge(ask: AskKnowledge, language: Settings['language'], uiLanguage: string) {
  const locale = resolveLocale(language, uiLanguage);
  const bundle = await ask(locale);
  const loaded: Loaded = {
    knowledge: createKnowledge(bundle.packs, bundle.crypto),
    locale,
    t: (key, params) => fill(bundle.messages[key], params),
    css: bundle.cardCss,
  };
  return loaded;
}

/**
 * The first load, right as the browser starts or the background's service worker wakes, can find
 * nobody listening yet: ask again a few times before giving up.
 */
export async function loadWithRetry(load: () => Promise<Loaded>, isInvalid: () => boolean): Promise<Loaded> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt === 3 || isInvalid()) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

/**
 * Several reloads in a row (a language and a pack, say): only the last one counts, so an earlier
 * answer arriving late can never bring back stale knowledge. A failed reload keeps what the tab
 * had; an orphaned script has nothing to report.
 */
export function latestOnly(load: () => Promise<Loaded>, apply: (loaded: Loaded) => void, isInvalid: () => boolean) {
  let reloads = 0;
  return async () => {
    const mine = ++reloads;
    try {
      const next = await load();
      if (mine === reloads && !isInvalid()) apply(next);
    } catch (error) {
      if (!isInvalid()) console.warn('Cashtag Context could not reload its knowledge:', error);
    }
  };
}
