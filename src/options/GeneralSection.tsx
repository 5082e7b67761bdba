import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/catalog';
import type { OptionsMessageKey } from '../i18n/options-messages';
import type { SettingsPatch } from '../settings/settings';
import { HOVER_DELAY_RANGE, type Settings } from '../settings/settings-shape';
import { RadioGroup, Toggle } from './controls';

interface SectionProps {
  settings: Settings;
  t: Translate<OptionsMessageKey>;
  update: (change: SettingsPatch) => void;
}

export function GeneralSection({ settings, t, update }: SectionProps) {
  return (
    <>
      <Toggle
        id="enabled"
        label={t('enabledLabel')}
        help={t('enabledHelp')}
        checked={settings.enabled}
        onChange={(enabled) => update({ enabled })}
      />
      <fieldset class="field" aria-describedby="sites-help">
        <legend>{t('sitesLabel')}</legend>
        <p id="sites-help" class="help">
          {t('sitesHelp')}
        </p>
        {(['x', 'twitter', 'mobile', 'pro'] as const).map((group) => (
          <Toggle
            key={group}
            id={`site-${group}`}
            label={t(`site${group[0]!.toUpperCase()}${group.slice(1)}` as OptionsMessageKey)}
            checked={settings.sites[group]}
            disabled={!settings.enabled}
            onChange={(on) => update({ sites: { [group]: on } })}
          />
        ))}
      </fieldset>
      <RadioGroup
        name="annotate"
        legend={t('annotateLabel')}
        value={settings.annotate}
        onChange={(annotate) => update({ annotate })}
        choices={[
          { value: 'all', label: t('annotateAll'), help: t('annotateAllHelp') },
          { value: 'crypto', label: t('annotateCrypto'), help: t('annotateCryptoHelp') },
          { value: 'article', label: t('annotateArticle'), help: t('annotateArticleHelp') },
        ]}
      />
      <RadioGroup
        name="openOn"
        legend={t('openOnLabel')}
        value={settings.openOn}
        onChange={(openOn) => update({ openOn })}
        choices={[
          { value: 'hover-focus', label: t('openOnHoverFocus') },
          { value: 'hover', label: t('openOnHover') },
          { value: 'click', label: t('openOnClick') },
        ]}
      />
      <RadioGroup
        name="touchOpen"
        legend={t('touchOpenLabel')}
        value={settings.touchOpen}
        onChange={(touchOpen) => update({ touchOpen })}
        choices={[
          { value: 'tap', label: t('touchOpenTap') },
          { value: 'long-press', label: t('touchOpenLongPress') },
        ]}
      />
      <HoverDelay settings={settings} t={t} update={update} />
    </>
  );
}

/** A number field that keeps what the reader typed until it is valid, and says why when it is not. */
function HoverDelay({ settings, t, update }: SectionProps) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const value = draft ?? String(settings.hoverDelayMs);
  const parsed = Number(value);
  const valid = /^\d+$/.test(value) && parsed >= HOVER_DELAY_RANGE.min && parsed <= HOVER_DELAY_RANGE.max;
  return (
    <div class="field">
      <label for="hover-delay">{t('hoverDelayLabel')}</label>
      <p id="hover-delay-help" class="help">
        {t('hoverDelayHelp')}
      </p>
      <input
        id="hover-delay"
        type="number"
        inputMode="numeric"
        min={HOVER_DELAY_RANGE.min}
        max={HOVER_DELAY_RANGE.max}
        step={50}
        value={value}
        disabled={settings.openOn === 'click'}
        aria-invalid={!valid}
        aria-describedby={valid ? 'hover-delay-help' : 'hover-delay-help hover-delay-error'}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setDraft(next);
          const number = Number(next);
          if (/^\d+$/.test(next) && number >= HOVER_DELAY_RANGE.min && number <= HOVER_DELAY_RANGE.max)
            update({ hoverDelayMs: number });
        }}
        onBlur={() => valid && setDraft(undefined)}
      />{' '}
      <span class="unit">{t('unitMs')}</span>
      {!valid && (
        <p id="hover-delay-error" class="error" role="alert">
          {t('hoverDelayInvalid')}
        </p>
      )}
    </div>
  );
}
