import type { CardController } from '../card/card-controller';
import { isCardNode } from '../card/card-view';
import type { Knowledge } from '../context/lookup';
import { cashtagMark } from '../page/cashtag-mark';
import { countCashtags } from '../page/count-cashtags';
import { POST } from '../page/selectors';
import { createPageStyle } from '../page/page-style';
import { scanCashtags, type CashtagScan } from '../page/scan-cashtags';
import type { TickerMarks } from '../page/ticker-style';
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
  /**
   * Whether a post to fade has been on this page: a `:has()` rule makes the browser match it on
   * every post X adds, so a fade joins our stylesheet only once a post holds a muted mark (or a
   * crowded one), and then stays while the extension runs here, with every muted ticker in it
   * (taking it out again would restyle X's whole page each time such a post comes or goes).
   */
  const faded = { muted: false, crowded: false };
  let mutedMarks = { of: [] as readonly string[], selector: '' };
  /** Our marks of the muted tickers, as one selector list, made again only when the list changes. */
  const mutedSelector = () => {
    const { muted } = env.settings();
    if (mutedMarks.of !== muted) mutedMarks = { of: muted, selector: muted.map(cashtagMark).join(',') };
    return mutedMarks.selector;
  };
  const tickers = (): TickerMarks => {
    const { watched, muted, fadeCrowded } = env.settings();
    return { watched, muted: faded.muted ? muted : [], fadeCrowded: fadeCrowded && faded.crowded };
  };
  const restyle = () => style.update(env.settings().cue, namedSymbols(), tickers());
  const showFade = (kind: keyof typeof faded) => {
    if (faded[kind]) return;
    faded[kind] = true;
    restyle();
  };
  const accept = (symbol: string) => {
    const { annotate, watched, muted } = env.settings();
    // The reader's own tickers are marked whatever the rule: their cue and fade key on the mark.
    if (watched.includes(symbol) || muted.includes(symbol)) return true;
    const kind = env.knowledge().classify(symbol);
    return annotate === 'all' || kind === 'article' || (annotate === 'crypto' && kind === 'crypto');
  };
  /** A post text was read, its marks written: the first that holds a muted mark brings the fade. */
  const onPostText = (zone: Element) => {
    if (!faded.muted && env.settings().muted.length && zone.querySelector(mutedSelector())) showFade('muted');
  };
  /** A ticker muted on the card is marked already and nothing is read again: look once, on that action. */
  const noticeMutedOnPage = () => {
    if (faded.muted || !env.settings().muted.length) return;
    faded.muted = !!document.querySelector(`${POST} :is(${mutedSelector()})`);
  };

  const activate = () => {
    restyle();
    scan = scanCashtags(document, {
      accept,
      isNamed: (symbol) => env.knowledge().isNamed(symbol),
      isOurs: isCardNode,
      alive: env.alive,
      onEmphasis: (emphasis) => style.emphasize(emphasis),
      crowdedAt: () => (env.settings().fadeCrowded ? env.settings().crowdedAt : 0),
      onCrowded: () => showFade('crowded'),
      onPostText,
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
    faded.muted = faded.crowded = false;
    style.update('none', [], { watched: [], muted: [], fadeCrowded: false });
  };

  const active = () => isActiveOn(env.settings(), env.hostname);

  return {
    active,
    /** Brings the page in line with the settings and knowledge; `reread` rescans what is marked. */
    sync(reread: boolean) {
      if (!active()) return deactivate();
      if (!scan) return activate();
      noticeMutedOnPage();
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
