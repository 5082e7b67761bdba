import type { Settings } from '../settings/settings-shape';
import { cashtagMark, CROWDED_MARK } from './cashtag-mark';
import { POST } from './selectors';

export type TickerMarks = Pick<Settings, 'watched' | 'muted' | 'fadeCrowded'>;

/**
 * The reader's own tickers, in our stylesheet only. A post that holds a marked muted cashtag (in
 * its text or its quote's) is faded with `:has()` on our marks, media included, until pointed at
 * or focused inside; opacity alone, so X's virtual list keeps every height. A watched cashtag gets
 * a ★ before it, a shape and not only a colour; its alternative text is empty so a screen reader
 * still reads the link as X wrote it (browsers without that syntax drop the second declaration).
 * Crowded posts fade the same way, by the token on one of their marks (crowded-posts.ts).
 */
export function tickerCss({ watched, muted, fadeCrowded }: TickerMarks): string {
  const rules: string[] = [];
  const faded = [...muted.map(cashtagMark), ...(fadeCrowded ? [CROWDED_MARK] : [])];
  if (faded.length) rules.push(`${POST}:has(${faded.join(',')}):not(:hover,:focus-within){opacity:.3}`);
  if (watched.length) {
    const badge = 'content:"★";content:"★"/"";display:inline-block;margin-inline-end:1px;font-size:.8em';
    rules.push(`:is(${watched.map(cashtagMark).join(',')})::before{${badge}}`);
  }
  return rules.length ? `\n${rules.join('\n')}` : '';
}
