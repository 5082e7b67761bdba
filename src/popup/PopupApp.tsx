import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n/catalog';
import { languageTag, resolveLocale } from '../i18n/locale';
import { popupMessages } from '../i18n/popup-messages';
import { askTab, type PageReport } from '../messages';
import { siteGroupOf } from '../x-hosts';
import { settingsItem, updateSettings } from '../settings/settings';
import { normalizeSettings } from '../settings/settings-shape';
import { useStorageItem } from '../ui/use-storage-item';
import { watchedFirst } from './watched-first';

type TabState =
  | { kind: 'loading' }
  | { kind: 'not-x' }
  | { kind: 'no-reply'; hostname: string }
  | { kind: 'x'; report: PageReport };

/** The tab the popup speaks about: the active tab, or `?tab=<id>` when opened as a page (tests, demo). */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (requested) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function readTab(): Promise<TabState & { tabId?: number }> {
  const tab = await targetTab();
  const hostname = tab?.url ? new URL(tab.url).hostname : '';
  if (!tab?.id || !siteGroupOf(hostname)) return { kind: 'not-x' };
  try {
    return { kind: 'x', report: await askTab(tab.id, 'page:report', undefined), tabId: tab.id };
  } catch {
    // X tab opened before the extension was installed or updated: no content script answers.
    return { kind: 'no-reply', hostname, tabId: tab.id };
  }
}

export function PopupApp() {
  const settings = useStorageItem(settingsItem, normalizeSettings);
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [failure, setFailure] = useState('');
  const locale = resolveLocale(settings?.language ?? 'auto', browser.i18n.getUILanguage());
  const t = translator(popupMessages, locale);

  useEffect(() => {
    void readTab().then(setState);
  }, [settings]);
  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
    document.title = t('title');
  }, [locale]);

  const hostname = state.kind === 'x' ? state.report.hostname : state.kind === 'no-reply' ? state.hostname : '';
  const group = siteGroupOf(hostname);

  return (
    <main class="popup">
      <h1 class="brand">
        <img src="/icons/32.png" width="20" height="20" alt="" /> {t('title')}
      </h1>
      {state.kind === 'loading' && <p class="help">{t('loading')}</p>}
      {state.kind === 'not-x' && <p class="help">{t('notX')}</p>}
      {state.kind === 'no-reply' && <p class="help">{t('noReply')}</p>}
      {settings && group && (
        <div class="field toggle">
          <input
            type="checkbox"
            id="site-switch"
            checked={settings.enabled && settings.sites[group]}
            disabled={!settings.enabled}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              updateSettings({ sites: { [group]: on } }).catch((error) =>
                setFailure(t('saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
              );
            }}
          />
          <label for="site-switch">{t('siteSwitch', { site: hostname })}</label>
        </div>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {settings && !settings.enabled && <p class="help">{t('offEverywhere')}</p>}
      {state.kind === 'x' && state.report.active && (
        <section aria-labelledby="found-title">
          <h2 id="found-title">{t('found')}</h2>
          {state.report.looksDifferent && (
            <p class="help warning" role="status">
              {t('looksDifferent')}
            </p>
          )}
          {state.report.cashtags.length === 0 ? (
            <p class="help">{t('foundNone')}</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: scrolls when long; focusable, so keyboards scroll it.
            <ul class="found" tabIndex={0} aria-labelledby="found-title">
              {watchedFirst(state.report.cashtags, settings?.watched ?? [])
                .slice(0, 40)
                .map((cashtag) => (
                  <li key={cashtag.symbol} data-symbol={cashtag.symbol} class={cashtag.named ? 'named' : undefined}>
                    <span class="symbol">${cashtag.symbol}</span>
                    <TickerState symbol={cashtag.symbol} watched={settings?.watched} muted={settings?.muted} t={t} />
                    <span class="help">
                      {cashtag.named
                        ? t('named')
                        : cashtag.kind === 'article'
                          ? t('kindArticle')
                          : cashtag.kind === 'crypto'
                            ? t('kindCrypto')
                            : t('kindOther')}
                    </span>
                    <span class="count">{t('count', { count: cashtag.count })}</span>
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}
      <p>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
            window.close();
          }}
        >
          {t('openOptions')}
        </a>
      </p>
    </main>
  );
}

/** Whether the reader watches or mutes this ticker, in words (the ★ alone would be colour-free but wordless). */
function TickerState(props: {
  symbol: string;
  watched: readonly string[] | undefined;
  muted: readonly string[] | undefined;
  t: (key: 'watched' | 'muted') => string;
}) {
  const watched = props.watched?.includes(props.symbol);
  const muted = props.muted?.includes(props.symbol);
  if (!watched && !muted) return null;
  return (
    <span class="ticker-state">
      {[watched && `★ ${props.t('watched')}`, muted && props.t('muted')].filter(Boolean).join(' · ')}
    </span>
  );
}
