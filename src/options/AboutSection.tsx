import { browser } from 'wxt/browser';
import { formatDay } from '../ui/format-date';
import type { CryptoAssetList } from '../context/crypto-assets';
import type { ContextPack } from '../context/pack-schema';
import type { Locale, Translate } from '../i18n/catalog';
import { pick } from '../i18n/locale';
import type { OptionsMessageKey } from '../i18n/options-messages';

export function AboutSection({
  t,
  locale,
  builtin,
  crypto,
}: {
  t: Translate<OptionsMessageKey>;
  locale: Locale;
  builtin: ContextPack | undefined;
  crypto: CryptoAssetList;
}) {
  return (
    <>
      <p>{t('aboutVersion', { version: browser.runtime.getManifest().version })}</p>
      <p>{t('aboutWhat')}</p>
      <h3>{t('aboutPrivacyTitle')}</h3>
      <p>{t('aboutPrivacy')}</p>
      <p>{t('aboutPermissions')}</p>
      {builtin && (
        <>
          <h3>{t('aboutArticleTitle')}</h3>
          <p lang="zh-CN">{builtin.source.title.original}</p>
          <p>
            {t('aboutArticleBy', {
              author: builtin.source.author,
              origin: pick(builtin.source.originalPublication, locale),
              publisher: pick(builtin.source.publisher, locale),
              date: formatDay(builtin.source.date, locale),
            })}
          </p>
        </>
      )}
      <h3>{t('aboutCryptoTitle')}</h3>
      <p>{t('aboutCryptoSource', { count: crypto.assets.length, date: crypto.asOf })}</p>
    </>
  );
}
