import type { CardController } from '../card/card-controller';
import { isCardNode } from '../card/card-view';
import type { Knowledge } from '../context/lookup';
import { countCashtags } from '../page/count-cashtags';
import { createPageStyle } from '../page/page-style';
import { scanCashtags, type CashtagScan } from '../page/scan-cashtags';
import { watchCashtagInteractions } from '../page/watch-cashtag-interactions';
import type { PageCashtag } from '../messages';
import { isActiveOn, type Settings } from '../settings/settings-shape';

export interface AnnotationEnvironment {
  window: Window;
  hostname: string;
  /** Aborted when the extension goes away: the page's listeners go with it. */
  signal: AbortSignal;
  alive: () => boolean;
  settings: () => Settings;
  knowledge: () => Knowledge;
  card: CardController;
}

/**
 * The page layer (finding cashtags) wired to the card (drawing them) under the current settings:
 * on for this site, it marks what the annotate setting accepts and opens cards; off, nothing of
 * ours stays on X's page.
 */
export function createPageAnnotation(env: AnnotationEnvironment) {
  const { document } = env.window;
  const { card } = env;
  const style = createPageStyle(document);
  let scan: CashtagScan | undefined;
  let stopInteractions: AbortController | undefined;

  const namedSymbols = () => {
    const knowledge = env.knowledge();
    return knowledge.indexedSymbols().filter((symbol) => knowledge.isNamed(symbol));
  };
  const accept = (symbol: string) => {
    const { annotate, watched, muted } = env.settings();
    const kind = env.knowledge().classify(symbol);
    // The reader's own tickers are marked whatever the rule: their cue and fade key on the mark.
    if (watched.includes(symbol) || muted.includes(symbol)) return true;
    return annotate === 'all' || kind === 'article' || (annotate === 'crypto' && kind === 'crypto');
  };
  const restyle = () => style.update(env.settings().cue, namedSymbols(), env.settings());

  const activate = () => {
    restyle();
    scan = scanCashtags(document, {
      accept,
      isNamed: (symbol) => env.knowledge().isNamed(symbol),
      isOurs: isCardNode,
      alive: env.alive,
      onEmphasis: (emphasis) => style.emphasize(emphasis),
      crowdedAt: () => (env.settings().fadeCrowded ? env.settings().crowdedAt : 0),
    });
    stopInteractions = new AbortController();
    const signal = AbortSignal.any([env.signal, stopInteractions.signal]);
    watchCashtagInteractions(env.window, scan.plain, card.handlers, card.isOurs, signal);
  };
  const deactivate = () => {
    stopInteractions?.abort();
    stopInteractions = undefined;
    card.remove();
    scan?.stop();
    scan = undefined;
    style.update('none', [], { watched: [], muted: [], fadeCrowded: false });
  };

  const active = () => isActiveOn(env.settings(), env.hostname);

  return {
    active,
    /** Brings the page in line with the settings and knowledge; `reread` rescans what is marked. */
    sync(reread: boolean) {
      if (!active()) return deactivate();
      if (!scan) return activate();
      restyle();
      if (reread) scan.rescanAll();
      card.refresh();
    },
    /** The cashtags on the page, for the toolbar popup. */
    cashtags(): PageCashtag[] {
      const { classify, isNamed } = env.knowledge();
      return scan ? countCashtags(document, scan.plain, classify, isNamed) : [];
    },
    /** Post text holds cashtags but none in X's links: the popup says X's markup has moved on. */
    looksDifferent: () => scan?.plain.looksDifferent() ?? false,
    /** The extension is going away: take everything of ours off X's page. */
    remove() {
      deactivate();
      style.remove();
    },
  };
}
