import { useEffect, useMemo } from 'preact/hooks';
import { timelineInOrder } from '../context/lookup';
import type { ContextPack } from '../context/pack-schema';
import type { Locale, Translate } from '../i18n/catalog';
import { pick } from '../i18n/locale';
import type { OptionsMessageKey } from '../i18n/options-messages';
import { formatDay, formatEventDate } from '../ui/format-date';
import { buildChart, stanceWord } from '../ui/timeline-chart';
import { Timeline } from '../ui/Timeline';

/** The whole pack as a readable page: verdict, summary, the timeline drawn large, claims and tickers. */
export function PackView({
  pack,
  t,
  locale,
  selectedSymbol,
}: {
  pack: ContextPack;
  t: Translate<OptionsMessageKey>;
  locale: Locale;
  selectedSymbol: string | undefined;
}) {
  const selected = pack.tickers.find((ticker) => ticker.symbol === selectedSymbol);
  // Kept across renders: the chart starts its detail line afresh only for another ticker.
  const highlighted = useMemo(() => new Set(selected?.events ?? []), [selected]);
  const claims = new Map(pack.claims.map((claim) => [claim.id, claim]));
  const events = timelineInOrder(pack);
  const keys = ['stanceStrongAway', 'stanceAway', 'stanceNeutral', 'stanceToward', 'stanceStrongToward'] as const;
  const directions = keys.map((key) => t(key));
  const direction = (stance: number) => stanceWord(stance, directions);
  const chart = useMemo(
    () =>
      buildChart(
        events,
        locale,
        {
          title: (span) => t('timelineTitle', span),
          toward: t('stanceToward'),
          away: t('stanceAway'),
          neutral: t('stanceNeutral'),
          hint: t('timelineHint'),
          describe: (event, date) =>
            t('eventLine', { date, text: pick(event.text, locale), direction: direction(event.stance) }),
          paragraph: (n) => ({ short: t('paragraphShort', { n }), long: t('paragraphLabel', { n }) }),
        },
        [[...highlighted]],
        { width: 720, maxLabelRows: 8 },
      ),
    [pack, locale, highlighted],
  );

  useEffect(() => {
    if (!selected) return;
    document.getElementById(`ticker-${pack.id}-${selected.symbol}`)?.scrollIntoView({ block: 'start' });
  }, [selected?.symbol]);

  return (
    <div class="pack-view">
      <dl class="source">
        <dt>{t('sourceAuthor')}</dt>
        <dd>
          {pack.source.author} — {pick(pack.source.authorNote, locale)}
        </dd>
        <dt>{t('sourceOrigin')}</dt>
        <dd>{pick(pack.source.originalPublication, locale)}</dd>
        <dt>{t('sourcePublisher')}</dt>
        <dd>
          {pick(pack.source.publisher, locale)} · <span lang="zh-CN">{pack.source.title.original}</span>
        </dd>
        <dt>{t('sourceDate')}</dt>
        <dd>{formatDay(pack.source.date, locale)}</dd>
      </dl>
      <h4>{t('verdictLabel')}</h4>
      <p class="verdict">{pick(pack.verdict.text, locale)}</p>
      <h4>{t('summaryLabel')}</h4>
      <p>{pick(pack.summary, locale)}</p>

      {events.length > 0 && (
        <>
          <h4>{t('timelineLabel')}</h4>
          <p class="help">{t('timelineHelp')}</p>
          {selected && <p class="selected">{t('selectedTicker', { symbol: selected.symbol })}</p>}
          <div class="timeline-large">
            <Timeline
              chart={chart}
              highlighted={highlighted}
              labelled={selected && t('timelineKeyLabelled', { symbol: selected.symbol })}
            />
          </div>
          <ol class="events">
            {events.map((event) => (
              <li key={event.id} class={highlighted.has(event.id) ? 'on' : undefined} data-event={event.id}>
                <strong>{formatEventDate(event, locale)}</strong> — {pick(event.text, locale)}{' '}
                <span class="help">({direction(event.stance)})</span> <Paragraph n={event.paragraph} t={t} />
              </li>
            ))}
          </ol>
        </>
      )}

      <h4>{t('tickersLabel')}</h4>
      <ul class="tickers">
        {pack.tickers.map((ticker) => (
          <li
            key={ticker.symbol}
            id={`ticker-${pack.id}-${ticker.symbol}`}
            class={ticker === selected ? 'ticker on' : 'ticker'}
            data-symbol={ticker.symbol}
          >
            <h5>
              ${ticker.symbol} <span class="name">{pick(ticker.name, locale)}</span>{' '}
              <span class="badge">
                {ticker.relation === 'named'
                  ? t('tickerNamed')
                  : t('tickerConcerns', { name: pick(ticker.name, locale) })}
              </span>
            </h5>
            <p>{pick(ticker.why, locale)}</p>
            <ul>
              {ticker.claims.map((id) => {
                const claim = claims.get(id);
                return (
                  claim && (
                    <li key={id}>
                      {pick(claim.text, locale)} <Paragraph n={claim.paragraph} t={t} />
                    </li>
                  )
                );
              })}
            </ul>
          </li>
        ))}
      </ul>

      <h4>{t('claimsLabel')}</h4>
      <ul class="claims">
        {pack.claims.map((claim) => (
          <li key={claim.id} data-claim={claim.id}>
            {pick(claim.text, locale)} <Paragraph n={claim.paragraph} t={t} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Paragraph({ n, t }: { n: number; t: Translate<OptionsMessageKey> }) {
  return (
    <span class="para" title={t('paragraphLabel', { n })}>
      <span aria-hidden="true">{t('paragraphShort', { n })}</span>
      <span class="sr-only">{t('paragraphLabel', { n })}</span>
    </span>
  );
}
