import type { Settings } from '../settings/settings-shape';
import { HIGHLIGHT, HIGHLIGHT_NAMED, type Emphasis } from './plain-text-cashtags';
import { cashtagMark } from './cashtag-mark';
import { CASHTAG_ATTRIBUTE } from './selectors';
import { tickerCss, type TickerMarks } from './ticker-style';

/**
 * The one stylesheet we add to X's page: the cue on annotated cashtags. It keys on our
 * `data-cashtag` mark (an attribute selector, so only marked elements ever test it) and our
 * highlight names only, and colours come from `currentColor`, so the cue follows X's accent and
 * theme without reading them.
 *
 * A `::highlight` rule is only present while one cashtag in running text is emphasized: any such
 * rule, even scoped, makes the browser compute highlight styles for every element of X's page on
 * every style recalculation (about a quarter of X's style time in the bench), so it must not
 * stay in the page.
 */
export function createPageStyle(document: Document) {
  const style = document.createElement('style');
  style.setAttribute('data-cashtag-context', '');
  (document.head ?? document.documentElement).append(style);
  let cue: Settings['cue'] = 'none';
  let named: readonly string[] = [];
  let emphasis: Emphasis = null;
  let tickers: TickerMarks = { watched: [], muted: [], fadeCrowded: false };
  const write = () => {
    const css = pageCss(cue, named, emphasis) + tickerCss(tickers);
    if (style.textContent !== css) style.textContent = css;
  };
  return {
    update(nextCue: Settings['cue'], namedSymbols: readonly string[], nextTickers: TickerMarks = tickers) {
      cue = nextCue;
      named = namedSymbols;
      tickers = nextTickers;
      write();
    },
    emphasize(next: Emphasis) {
      emphasis = next;
      write();
    },
    remove: () => style.remove(),
  };
}

export function pageCss(cue: Settings['cue'], namedSymbols: readonly string[], emphasis: Emphasis = null): string {
  if (cue === 'none') return '';
  const link = `[${CASHTAG_ATTRIBUTE}]`;
  const named = namedSymbols.map(cashtagMark).join(',');
  const rules: string[] = [];
  // Cashtags in running text can only be underlined: highlights cannot draw badges.
  if (emphasis === 'plain')
    rules.push(`::highlight(${HIGHLIGHT}){text-decoration:underline dotted 1px;text-underline-offset:3px}`);
  if (emphasis === 'named')
    rules.push(`::highlight(${HIGHLIGHT_NAMED}){text-decoration:underline solid 2px;text-underline-offset:3px}`);
  if (cue === 'underline') {
    rules.push(
      `${link}{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-thickness:1px;` +
        'text-underline-offset:3px}',
    );
    if (named) {
      rules.push(
        `${named}{text-decoration-style:solid;text-decoration-thickness:2px;border-radius:3px;` +
          'background-color:color-mix(in srgb,currentColor 12%,transparent)}',
      );
    }
  } else {
    rules.push(
      `${link}::after{content:"";display:inline-block;width:5px;height:5px;margin-inline-start:2px;` +
        'border-radius:50%;background:currentColor;opacity:.55;vertical-align:super}',
    );
    if (named)
      rules.push(
        `:is(${named})::after{opacity:1;box-shadow:0 0 0 2px color-mix(in srgb,currentColor 30%,transparent)}`,
      );
  }
  return rules.join('\n');
}
