import { CASHTAG_ATTRIBUTE } from './selectors';

/** Our mark for one symbol, as a selector; only a symbol's characters stay, so none can leave the quotes. */
export function cashtagMark(symbol: string): string {
  return `[${CASHTAG_ATTRIBUTE}="${symbol.replace(/[^A-Z0-9._]/g, '')}"]`;
}
