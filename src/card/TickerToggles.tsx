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
  const toggle = (list: TickerList, on: boolean) => (event: Event) => {
    event.stopPropagation();
    setFailure(undefined);
    setTicker(list, on).catch((error: unknown) =>
      setFailure(t('tickerSaveFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <div class="tickers">
      {muted && <p class="muted-note">{t('mutedNote', { symbol })}</p>}
      <button type="button" class="button" aria-pressed={watched} onClick={toggle('watched', !watched)}>
        {t(watched ? 'unwatchTicker' : 'watchTicker', { symbol })}
      </button>
      <button type="button" class="button" aria-pressed={muted} onClick={toggle('muted', !muted)}>
        {t(muted ? 'unmuteTicker' : 'muteTicker', { symbol })}
      </button>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
