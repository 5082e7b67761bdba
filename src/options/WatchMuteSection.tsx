import { useState } from 'preact/hooks';
import { normalizeSymbol } from '../cashtags/symbol';
import type { Translate } from '../i18n/catalog';
import type { OptionsMessageKey } from '../i18n/options-messages';
import type { SettingsPatch } from '../settings/settings';
import { CROWDED_RANGE, MAX_TICKER_LIST, type Settings, type TickerList } from '../settings/settings-shape';
import { Toggle } from './controls';

interface SectionProps {
  settings: Settings;
  t: Translate<OptionsMessageKey>;
  update: (change: SettingsPatch) => void;
}

const LIST_LABELS: Record<TickerList, OptionsMessageKey> = { watched: 'watchedLabel', muted: 'mutedLabel' };

/** The watched and muted tickers: each list with its symbols, a remove button each, and an add field. */
export function WatchMuteSection({ settings, t, update }: SectionProps) {
  return (
    <>
      <p class="help">{t('watchMuteIntro')}</p>
      <TickerListEditor list="watched" symbols={settings.watched} t={t} update={update} />
      <TickerListEditor list="muted" symbols={settings.muted} t={t} update={update} />
      <CrowdedPosts settings={settings} t={t} update={update} />
    </>
  );
}

const CROWDED_CHOICES = Array.from(
  { length: CROWDED_RANGE.max - CROWDED_RANGE.min + 1 },
  (_, index) => CROWDED_RANGE.min + index,
);

/** The shill-list fade: off by default; a list of counts leaves no invalid value to type. */
function CrowdedPosts({ settings, t, update }: SectionProps) {
  return (
    <section class="crowded" aria-labelledby="crowded-title">
      <h3 id="crowded-title">{t('crowdedTitle')}</h3>
      <Toggle
        id="fade-crowded"
        label={t('fadeCrowdedLabel')}
        help={t('fadeCrowdedHelp')}
        checked={settings.fadeCrowded}
        onChange={(fadeCrowded) => update({ fadeCrowded })}
      />
      <div class="field">
        <label for="crowded-at">{t('crowdedAtLabel')}</label>{' '}
        <select
          id="crowded-at"
          value={String(settings.crowdedAt)}
          aria-describedby="crowded-at-help"
          onChange={(event) => update({ crowdedAt: Number(event.currentTarget.value) })}
        >
          {CROWDED_CHOICES.map((count) => (
            <option key={count} value={String(count)}>
              {count}
            </option>
          ))}
        </select>
        <p id="crowded-at-help" class="help">
          {t('crowdedAtHelp', CROWDED_RANGE)}
        </p>
      </div>
    </section>
  );
}

function TickerListEditor(props: {
  list: TickerList;
  symbols: readonly string[];
  t: Translate<OptionsMessageKey>;
  update: (change: SettingsPatch) => void;
}) {
  const { list, symbols, t, update } = props;
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const name = t(LIST_LABELS[list]);
  const inputId = `ticker-input-${list}`;

  const add = (event: Event) => {
    event.preventDefault();
    // The field as it is now: a paste and Enter can come before the re-render that `text` waits for.
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('symbol') ?? '');
    const symbol = normalizeSymbol(typed);
    if (!symbol) return setError(t('tickerInvalid', { input: typed.trim() }));
    if (symbols.includes(symbol)) return setError(t('tickerAlreadyListed', { symbol }));
    if (symbols.length >= MAX_TICKER_LIST) return setError(t('tickerListFull', { max: MAX_TICKER_LIST }));
    update({ [list]: { [symbol]: true } });
    setText('');
    setError('');
  };

  return (
    <section class="ticker-list" data-list={list} aria-labelledby={`${list}-title`}>
      <h3 id={`${list}-title`}>{name}</h3>
      {symbols.length === 0 ? (
        <p class="help">{t('tickerListEmpty')}</p>
      ) : (
        <ul aria-labelledby={`${list}-title`}>
          {symbols.map((symbol) => (
            <li key={symbol} data-symbol={symbol}>
              <span class="symbol">${symbol}</span>
              <button
                type="button"
                class="button"
                aria-label={t('tickerRemoveFrom', { symbol, list: name })}
                onClick={() => update({ [list]: { [symbol]: false } })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label for={inputId}>{t('tickerInputLabel', { list: name })}</label>
        <input
          id={inputId}
          name="symbol"
          value={text}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={!!error}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError('');
          }}
        />
        <button type="submit" class="button primary">
          {t('tickerAdd')}
        </button>
      </form>
      {error && (
        <p id={`${inputId}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
