import buttonsCss from '../ui/buttons.css?inline';
import timelineCss from '../ui/timeline.css?inline';
import cardCss from './card.css?inline';
import sheetCss from './card-sheet.css?inline';
import tickerTogglesCss from './ticker-toggles.css?inline';

/**
 * The card's whole stylesheet. The background bundles it and sends it to X tabs with the
 * knowledge, like the card's strings: about 2 KB gzipped that every X tab's content script would
 * otherwise carry and parse, for a card most page views never open.
 */
export const CARD_CSS = cardCss + sheetCss + buttonsCss + timelineCss + tickerTogglesCss;
