import { timelineInOrder } from '../context/lookup';
import type { ContextPack } from '../context/pack-schema';
import { translator, type Locale } from '../i18n/catalog';
import { cardMessages, type CardMessageKey } from '../i18n/card-messages';
import { pick } from '../i18n/locale';
import { buildChart, stanceWord, type TimelineChart } from '../ui/timeline-chart';

/**
 * The card's content is 326 px wide (360 less padding and border); a tall card also shows a
 * scrollbar of up to 12 px. The chart is laid out narrower than both so that it is never scaled
 * down, and every target stays 24 px.
 */
const CARD_CHART_WIDTH = 314;

/**
 * The card's timeline for a pack, in one language, with a layout for each ticker's events. Run by
 * the background, which serves it with the pack: the content script only draws it.
 */
export function cardChart(pack: ContextPack, locale: Locale): TimelineChart {
  const t = translator(cardMessages, locale);
  const keys = ['timelineStrongAway', 'timelineAway', 'timelineNeutral', 'timelineToward', 'timelineStrongToward'];
  const directions = (keys as readonly CardMessageKey[]).map((key) => t(key));
  return buildChart(
    timelineInOrder(pack),
    locale,
    {
      title: (span) => t('timelineTitle', span),
      toward: t('timelineToward'),
      away: t('timelineKeyAway'),
      neutral: t('timelineKeyNeutral'),
      hint: t('timelineHint'),
      describe: (event, date) =>
        t('timelineEvent', { date, text: pick(event.text, locale), direction: stanceWord(event.stance, directions) }),
      paragraph: (n) => ({ short: t('paragraphShort', { n }), long: t('paragraphLabel', { n }) }),
    },
    pack.tickers.map((ticker) => ticker.events ?? []),
    { width: CARD_CHART_WIDTH, maxLabelRows: 4 },
  );
}
