import type { TimelineEvent } from '../context/pack-schema';
import type { Locale } from '../i18n/catalog';
import { pick } from '../i18n/locale';

/** Longest label made from an event's text, in characters; Chinese ones are drawn twice as wide. */
const DERIVED_MAX = { en: 30, zh_CN: 14 } as const;

/**
 * The few words written on the chart for an event: the pack's own label, or else the start of the
 * event's text: its first clause if that is short, otherwise cut at a word (or, in Chinese, any
 * character) and marked as cut with an ellipsis.
 */
export function eventLabel(event: TimelineEvent, locale: Locale): string {
  if (event.label) return pick(event.label, locale);
  return shorten(pick(event.text, locale), DERIVED_MAX[locale]);
}

export function shorten(text: string, max: number): string {
  // Punctuation inside a figure ("$1.025") does not end a clause: only when a space follows.
  const clause = text.split(/[,;:.](?=\s|$)|\s\(|[，；：。（]/)[0]!.trim();
  if (clause.length <= max) return clause;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).trimEnd()}…`;
}
