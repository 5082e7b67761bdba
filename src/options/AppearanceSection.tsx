import type { Translate } from '../i18n/catalog';
import type { OptionsMessageKey } from '../i18n/options-messages';
import type { SettingsPatch } from '../settings/settings';
import type { Settings } from '../settings/settings-shape';
import { RadioGroup, Toggle } from './controls';

export function AppearanceSection({
  settings,
  t,
  update,
}: {
  settings: Settings;
  t: Translate<OptionsMessageKey>;
  update: (change: SettingsPatch) => void;
}) {
  return (
    <>
      <RadioGroup
        name="cue"
        legend={t('cueLabel')}
        value={settings.cue}
        onChange={(cue) => update({ cue })}
        choices={[
          { value: 'underline', label: t('cueUnderline') },
          { value: 'badge', label: t('cueBadge') },
          { value: 'none', label: t('cueNone') },
        ]}
      />
      <RadioGroup
        name="cardSize"
        legend={t('cardSizeLabel')}
        value={settings.cardSize}
        onChange={(cardSize) => update({ cardSize })}
        choices={[
          { value: 'full', label: t('cardSizeFull') },
          { value: 'compact', label: t('cardSizeCompact') },
        ]}
      />
      <Toggle
        id="show-timeline"
        label={t('showTimelineLabel')}
        checked={settings.showTimeline}
        disabled={settings.cardSize === 'compact'}
        onChange={(showTimeline) => update({ showTimeline })}
      />
      <RadioGroup
        name="theme"
        legend={t('themeLabel')}
        value={settings.theme}
        onChange={(theme) => update({ theme })}
        choices={[
          { value: 'auto', label: t('themeAuto') },
          { value: 'light', label: t('themeLight') },
          { value: 'dark', label: t('themeDark') },
        ]}
      />
      <RadioGroup
        name="language"
        legend={t('languageLabel')}
        value={settings.language}
        onChange={(language) => update({ language })}
        choices={[
          { value: 'auto', label: t('languageAuto') },
          { value: 'en', label: t('languageEn') },
          { value: 'zh_CN', label: t('languageZh') },
        ]}
      />
    </>
  );
}
