import exampleText from '../context/packs/example-pack.json?raw';
import type { Translate } from '../i18n/catalog';
import type { OptionsMessageKey } from '../i18n/options-messages';
import { saveJsonFile } from './save-json-file';

/** Where the pack authors' guide lives; the extension cannot link to it, since it ships without it. */
export const PACK_GUIDE_PATH = 'src/context/packs/README.md';

/**
 * How to write a pack: the guide is in the source repository, not in the installed extension, so
 * this says where it is and shows the guide's example, which imports as it is.
 */
export function PackGuide({ t }: { t: Translate<OptionsMessageKey> }) {
  return (
    <details class="pack-guide">
      <summary>{t('packGuideTitle')}</summary>
      <p class="help">{t('packGuideWhere', { path: PACK_GUIDE_PATH })}</p>
      <p class="help">{t('packGuideCheck', { command: 'npm run pack:check -- FILE.json' })}</p>
      <button type="button" class="button" onClick={() => saveJsonFile('example-pack.json', exampleText)}>
        {t('packGuideSave')}
      </button>
      {/* Scrolls sideways: focusable so a keyboard can scroll it (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
      <pre class="pack-example" role="region" tabIndex={0} aria-label={t('packGuideExample')}>
        {exampleText}
      </pre>
    </details>
  );
}
