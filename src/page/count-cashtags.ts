import type { PageCashtag } from '../messages';
import type { SymbolKind } from '../context/lookup';
import type { PlainTextCashtags } from './plain-text-cashtags';
import { symbolOfMark } from './cashtag-mark';
import { MARKED_CASHTAG } from './selectors';

/**
 * The cashtags annotated on the page right now, most frequent first, for the toolbar popup.
 * Runs only when the popup asks, never while the reader scrolls.
 */
export function countCashtags(
  document: Document,
  plain: PlainTextCashtags | undefined,
  classify: (symbol: string) => SymbolKind,
  isNamed: (symbol: string) => boolean,
): PageCashtag[] {
  const counts = new Map<string, number>();
  const add = (symbol: string) => counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  for (const link of document.querySelectorAll(MARKED_CASHTAG)) add(symbolOfMark(link)!);
  for (const symbol of plain?.symbols() ?? []) add(symbol);
  return [...counts]
    .map(([symbol, count]) => ({ symbol, count, named: isNamed(symbol), kind: classify(symbol) }))
    .sort((a, b) => b.count - a.count || a.symbol.localeCompare(b.symbol));
}
