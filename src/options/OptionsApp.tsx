import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { symbolOf } from '../cashtags/symbol';
import cryptoAssets from '../context/crypto-assets.json';
import type { CryptoAssetList } from '../context/crypto-assets';
import { translator } from '../i18n/catalog';
import { languageTag, resolveLocale } from '../i18n/locale';
import { optionsMessages, type OptionsMessageKey } from '../i18n/options-messages';
import { loadPacks, type LoadedPack } from '../settings/active-packs';
import { importedPacksItem } from '../settings/imported-packs';
import { notesItem } from '../settings/notes';
import { settingsItem, updateSettings, type SettingsPatch } from '../settings/settings';
import { normalizeSettings, type Settings } from '../settings/settings-shape';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { ContextSection } from './ContextSection';
import { reasonOf, Status } from './controls';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';
import { NotesSection } from './NotesSection';
import { WatchMuteSection } from './WatchMuteSection';
import { useStorageItem } from '../ui/use-storage-item';

const SECTIONS = ['general', 'appearance', 'watch', 'notes', 'context', 'data', 'about'] as const;
type Section = (typeof SECTIONS)[number];
const TITLE_KEYS: Record<Section, OptionsMessageKey> = {
  general: 'sectionGeneral',
  appearance: 'sectionAppearance',
  watch: 'sectionWatchMute',
  notes: 'sectionNotes',
  context: 'sectionContext',
  data: 'sectionData',
  about: 'sectionAbout',
};

/** The sections whose controls change settings, and so show the save status. */
const SAVES_SETTINGS: readonly Section[] = ['general', 'appearance', 'watch'];

/** `#context/GRT` → the Context section at $GRT; anything unknown → General. */
export function parseHash(hash: string): { section: Section; symbol?: string } {
  const [name, symbol] = hash.replace(/^#/, '').split('/');
  const section = (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Section) : 'general';
  const known = symbol === undefined ? undefined : symbolOf(symbol);
  return known ? { section, symbol: known } : { section };
}

function useHash() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}

function usePacks(settings: Settings | undefined) {
  const [packs, setPacks] = useState<LoadedPack[]>([]);
  const imported = useStorageItem(importedPacksItem);
  useEffect(() => {
    void loadPacks().then(setPacks);
  }, [imported, settings?.packs]);
  return packs;
}

export function OptionsApp() {
  const settings = useStorageItem(settingsItem, normalizeSettings);
  const notes = useStorageItem(notesItem);
  const packs = usePacks(settings);
  const { section, symbol } = parseHash(useHash());
  const [saved, setSaved] = useState(0);
  const [failure, setFailure] = useState('');
  const locale = resolveLocale(settings?.language ?? 'auto', browser.i18n.getUILanguage());
  const t = translator(optionsMessages, locale);

  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
    document.title = t('pageTitle');
  }, [locale]);

  if (!settings || !notes) return null;
  const update = (change: SettingsPatch) =>
    void updateSettings(change).then(
      () => {
        setFailure('');
        setSaved(Date.now());
      },
      (error: unknown) => setFailure(t('saveFailed', { reason: reasonOf(error) })),
    );

  return (
    <div class="layout">
      <nav aria-label={t('navLabel')}>
        <p class="brand">
          <img src="/icons/48.png" width="32" height="32" alt="" /> {t('extensionName')}
        </p>
        <ul>
          {SECTIONS.map((name) => (
            <li key={name}>
              <a href={`#${name}`} aria-current={name === section ? 'page' : undefined}>
                {t(TITLE_KEYS[name])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id={`section-${section}`} aria-labelledby="section-title">
        <h1>{t('extensionName')}</h1>
        <h2 id="section-title">{t(TITLE_KEYS[section])}</h2>
        {section === 'general' && <GeneralSection settings={settings} t={t} update={update} />}
        {section === 'appearance' && <AppearanceSection settings={settings} t={t} update={update} />}
        {section === 'watch' && <WatchMuteSection settings={settings} t={t} update={update} />}
        {section === 'notes' && <NotesSection notes={notes} t={t} locale={locale} selectedSymbol={symbol} />}
        {section === 'context' && <ContextSection packs={packs} t={t} locale={locale} selectedSymbol={symbol} />}
        {section === 'data' && <DataSection t={t} />}
        {section === 'about' && (
          <AboutSection
            t={t}
            locale={locale}
            builtin={packs.find((pack) => pack.builtin)?.pack}
            crypto={cryptoAssets as CryptoAssetList}
          />
        )}
        {failure && SAVES_SETTINGS.includes(section) && <Status kind="error">{failure}</Status>}
        {!failure && saved > 0 && SAVES_SETTINGS.includes(section) && <Status key={saved}>{t('saved')}</Status>}
      </main>
    </div>
  );
}
