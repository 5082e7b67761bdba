import type { PageCashtag } from '../messages';

/**
 * The page's cashtags with the reader's watched tickers first; each group keeps the page
 * report's order (most mentioned first), so the list reads the same way as before.
 */
export function watchedFirst(cashtags: readonly PageCashtag[], watched: readonly string[]): PageCashtag[] {
  const isWatched = (cashtag: PageCashtag) => watched.includes(cashtag.symbol);
  return [...cashtags.filter(isWatched), ...cashtags.filter((cashtag) => !isWatched(cashtag))];
}
