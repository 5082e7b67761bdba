import { fill, type Locale } from '../i18n/catalog';
import { dateWords } from '../i18n/date-words';
import { languageTag } from '../i18n/locale';

/** The subset of a timeline event that says when it happened. */
export interface EventDate {
  date: string;
  precision: 'day' | 'month' | 'quarter' | 'year';
  endYear?: number | undefined;
  approximate?: boolean | undefined;
}

/** Building an Intl formatter costs far more than using one, and the card formats every event. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${tag}|${withDay}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'short',
      ...(withDay && { day: 'numeric' }),
      timeZone: 'UTC',
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** A date at the precision the article gives it, in the reader's language ("Nov 2013", "2013年11月"). */
export function formatEventDate(event: EventDate, locale: Locale): string {
  const tag = languageTag(locale);
  const [yearText, part, dayText] = event.date.split('-');
  const year = Number(yearText);
  let text: string;
  if (event.precision === 'quarter') {
    const quarter = Number(part?.slice(1));
    text = fill(dateWords[locale].quarter, { n: dateWords[locale].quarterNumbers[quarter - 1] ?? quarter, year });
  } else if (event.precision === 'year') {
    text = String(year);
  } else {
    const date = new Date(Date.UTC(year, Number(part) - 1, event.precision === 'day' ? Number(dayText) : 1));
    text = formatter(tag, event.precision === 'day').format(date);
  }
  if (event.endYear && event.endYear !== year) text += `–${event.endYear}`;
  if (event.approximate) text = fill(dateWords[locale].approximately, { date: text });
  return text;
}

/** A pack's publication date (`YYYY-MM-DD`) in the reader's language. */
export function formatDay(isoDate: string, locale: Locale): string {
  return formatEventDate({ date: isoDate, precision: 'day' }, locale);
}

/** Where on a time axis an event sits, in fractional years (the middle of its month, quarter or year). */
export function eventTime(event: EventDate): number {
  const [yearText, part, dayText] = event.date.split('-');
  const year = Number(yearText);
  switch (event.precision) {
    case 'year':
      return year + 0.5;
    case 'quarter':
      return year + (Number(part?.slice(1)) - 1) / 4 + 0.125;
    case 'month':
      return year + (Number(part) - 1 + 0.5) / 12;
    case 'day':
      return year + (Number(part) - 1 + (Number(dayText) - 1) / 31) / 12;
  }
}
