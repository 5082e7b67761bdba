import { useEffect, useState } from 'preact/hooks';
import type { LookupResult, PackAnswer } from '../context/lookup';
import type { ContextPack } from '../context/pack-schema';
import type { Locale, Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import { languageTag, pick } from '../i18n/locale';
import type { Note } from '../settings/note-shape';
import { formatDay } from '../ui/format-date';
import { NoteEditor } from './NoteEditor';
import { TickerToggles, type TickerTogglesProps } from './TickerToggles';
import type { ChartedPack } from '../ui/timeline-chart';
import { Timeline } from '../ui/Timeline';

export interface CardProps {
  /** Changes with every opening: parts with their own state (a draft, "show more") start afresh. */
  openingId: number;
  result: LookupResult;
  locale: Locale;
  t: Translate<CardMessageKey>;
  size: 'compact' | 'full';
  showTimeline: boolean;
  pinned: boolean;
  /** Opened by keyboard focus: show how to get into the card. */
  keyboard: boolean;
  note: Note | undefined;
  /** Unsaved note text kept from an earlier opening of this ticker's card. */
  draft: string | undefined;
  keepDraft: (text: string | undefined) => void;
  searchHref: string;
  saveNote: (text: string) => Promise<void>;
  openFull: () => void;
  close: () => void;
  pin: () => void;
  setDirty: (dirty: boolean) => void;
  /** The reader's watched and muted state of this ticker, and how to change it. */
  tickers: Omit<TickerTogglesProps, 'symbol' | 't'>;
}

/** How many claims a section shows before "Show more". */
const VISIBLE_CLAIMS = { compact: 1, full: 2 } as const;

/**
 * The first card draws its timeline one frame after the rest, in space kept for it, so the text
 * shows at once; later cards reuse the drawn timeline.
 */
function useNextFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready;
}

export function Card(props: CardProps) {
  const { result, locale, t, size, pinned } = props;
  const timelineReady = useNextFrame();
  const symbol = result.symbol;
  const kindLabel =
    result.kind === 'article'
      ? result.answers[0]?.ticker?.relation === 'named'
        ? t('kindNamed')
        : t('kindConcerns')
      : result.kind === 'crypto'
        ? t('kindCrypto')
        : t('kindOther');
  const firstPack = result.answers[0]?.pack;
  // Worked out by the background; a pack with no dated events has no timeline to draw.
  const chart = (firstPack as ChartedPack | undefined)?.chart;
  const showTimeline = !!chart?.events.length && props.showTimeline && size === 'full';

  return (
    // A click anywhere on the card pins it; the keyboard pins it with ↓ from the cashtag (README).
    // biome-ignore lint/a11y/noStaticElementInteractions: the click is a shortcut, not the only way
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard readers pin with ↓ from the cashtag
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-modal and aria-labelledby only come with role="dialog"
    <div
      class={`card ${size}`}
      lang={languageTag(locale)}
      data-symbol={symbol}
      data-kind={result.kind}
      role={pinned ? 'dialog' : undefined}
      aria-modal={pinned ? 'false' : undefined}
      aria-labelledby={pinned ? 'card-title' : undefined}
      tabIndex={-1}
      onClick={props.pin}
    >
      {/* The bottom sheet's handle (card.css shows it on narrow screens); swiping it down closes the sheet. */}
      <div class="grab" aria-hidden="true" />
      <header class="head">
        <h2 id="card-title" class="title">
          <span class="symbol">${symbol}</span>
          {result.name && (
            <>
              {' '}
              <span class="name">{pick(result.name, locale)}</span>
            </>
          )}
        </h2>
        <button
          type="button"
          class="close"
          aria-label={t('close')}
          title={t('close')}
          onClick={(event) => {
            event.stopPropagation();
            props.close();
          }}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      <p class={`kind kind-${result.kind}`}>{kindLabel}</p>
      {result.alsoStock && (
        <p class="caveat" role="note">
          {t('alsoStock', { symbol, company: result.alsoStock })}
        </p>
      )}
      {props.keyboard && !pinned && <p class="hint">{t('keyboardHint')}</p>}
      <TickerToggles symbol={symbol} t={t} {...props.tickers} />

      {result.answers.length ? (
        result.answers.map((answer) => (
          <AnswerSection
            key={`${props.openingId}:${answer.pack.id}`}
            answer={answer}
            symbol={symbol}
            {...props}
            showPackTitle={result.answers.length > 1}
          />
        ))
      ) : (
        <p class="empty">{t('noAnswers', { symbol })}</p>
      )}

      {showTimeline && !timelineReady && <div class="timeline-slot" aria-hidden="true" />}
      {showTimeline && timelineReady && (
        <Timeline
          chart={chart!}
          highlighted={result.answers[0]!.eventIds}
          labelled={t('timelineKeyLabelled', { symbol })}
        />
      )}

      <NoteEditor
        key={props.openingId}
        note={props.note}
        draft={props.draft}
        keepDraft={props.keepDraft}
        t={t}
        save={props.saveNote}
        onEditStart={props.pin}
        onDirtyChange={props.setDirty}
      />

      {firstPack && <p class="source">{sourceLine(firstPack, locale, t)}</p>}
      <footer class="actions">
        <button
          type="button"
          class="link-button"
          onClick={(event) => {
            event.stopPropagation();
            props.openFull();
          }}
        >
          {t('openFull')}
        </button>
        <a class="link-button" href={props.searchHref}>
          {t('searchOnX', { symbol })}
        </a>
      </footer>
    </div>
  );
}

interface AnswerSectionProps extends CardProps {
  answer: PackAnswer;
  symbol: string;
  showPackTitle: boolean;
}

function AnswerSection({ answer, symbol, locale, t, size, showPackTitle }: AnswerSectionProps) {
  const [expanded, setExpanded] = useState(false);
  const heading =
    answer.basis === 'ticker'
      ? t('headingTicker', { symbol })
      : answer.basis === 'crypto'
        ? t('headingCrypto', { symbol })
        : t('headingStock', { symbol });
  const visible = expanded ? answer.claims : answer.claims.slice(0, VISIBLE_CLAIMS[size]);
  const hidden = answer.claims.length - visible.length;
  return (
    <section class="answer" data-pack={answer.pack.id} data-basis={answer.basis}>
      {showPackTitle && <p class="pack-title">{pick(answer.pack.title, locale)}</p>}
      <h3 class="label">{heading}</h3>
      <ul class="claims">
        {visible.map((claim) => (
          <li key={claim.id} data-claim={claim.id}>
            <span class="claim-text">{pick(claim.text, locale)}</span>{' '}
            <span class="para" title={t('paragraphLabel', { n: claim.paragraph })}>
              <span aria-hidden="true">{t('paragraphShort', { n: claim.paragraph })}</span>
              <span class="sr-only">{t('paragraphLabel', { n: claim.paragraph })}</span>
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="link-button" onClick={() => setExpanded(true)}>
          {t('moreClaims', { count: hidden })}
        </button>
      )}
      {answer.ticker && answer.ticker.relation === 'concerns' && (
        <p class="why">
          <span class="label-inline">{t('why')}: </span>
          {pick(answer.ticker.why, locale)}
        </p>
      )}
      <p class="verdict">
        <span class="label-inline">{t('stance')}: </span>
        {pick(answer.pack.verdict.text, locale)}
      </p>
    </section>
  );
}

export function sourceLine(pack: ContextPack, locale: Locale, t: Translate<CardMessageKey>): string {
  const source = pack.source;
  return t('sourceLine', {
    author: source.author,
    origin: pick(source.originalPublication, locale),
    publisher: pick(source.publisher, locale),
    date: formatDay(source.date, locale),
  });
}
