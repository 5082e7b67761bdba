import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import type { TickerList } from '../settings/settings-shape';

export interface TickerTogglesProps {
  symbol: string;
  watched: boolean;
  muted: boolean;
  t: Translate<CardMessageKey>;
  /** Adds the symbol to the list or takes it out; every open X tab follows through storage. */
  setTicker: (list: TickerList, on: boolean) => Promise<unknown>;
}

/**
 * Watch and Mute for the card's ticker. Each button names the ticker and says what a press does
 * (Unmute when muted); `aria-pressed` gives the state. A muted ticker's card says so first.
 */
export function TickerToggles({ symbol, watched, muted, t, setTicker }: TickerTogglesProps) {
  const [failure, setFailure] = useState<string>();
  const toggle = (list: TickerList, on: boolean) => (
    <button
      type="button"
      class="button"
      aria-pressed={on}
      onClick={(event) => {
        event.stopPropagation();
        setFailure(undefined);
        setTicker(list, !on).catch((error: Error) => setFailure(t('tickerSaveFailed', { reason: error.message })));
      }}
    >
      {t(`${list}${on ? 'On' : 'Off'}`, { symbol })}
    </button>
  );
  return (
    <div class="tickers">
      {muted && <p class="muted-note">{t('mutedNote', { symbol })}</p>}
      {toggle('watched', watched)}
      {toggle('muted', muted)}
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
