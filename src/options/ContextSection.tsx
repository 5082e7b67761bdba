import { useState } from 'preact/hooks';
import { formatDay } from '../ui/format-date';
import type { PackProblem } from '../context/parse-pack';
import type { Locale, Translate } from '../i18n/catalog';
import { pick } from '../i18n/locale';
import type { OptionsMessageKey } from '../i18n/options-messages';
import type { LoadedPack } from '../settings/active-packs';
import { importPackFile, removePack, setPackEnabled } from '../settings/user-data';
import { ConfirmButton, reasonOf, Status, Toggle } from './controls';
import { PackGuide } from './PackGuide';
import { PackView } from './PackView';
import { ProblemList } from './ProblemList';

interface ContextProps {
  packs: LoadedPack[];
  t: Translate<OptionsMessageKey>;
  locale: Locale;
  /** From the card's "Open full context" link: `#context/GRT`. */
  selectedSymbol: string | undefined;
}

export function ContextSection({ packs, t, locale, selectedSymbol }: ContextProps) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; problems?: PackProblem[] } | undefined>();

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setStatus({ kind: 'error', text: t('readFailed', { reason: String(error) }) });
    }
    let result: Awaited<ReturnType<typeof importPackFile>>;
    try {
      result = await importPackFile(text, file.name);
    } catch (error) {
      return setStatus({ kind: 'error', text: t('actionFailed', { reason: reasonOf(error) }) });
    }
    if (!result.ok)
      return setStatus({ kind: 'error', text: t('packImportFailed', { file: file.name }), problems: result.problems });
    const title = JSON.parse(text).title?.[locale === 'zh_CN' ? 'zh' : 'en'] ?? result.id;
    setStatus({ kind: 'ok', text: t(result.replaced ? 'packReplaced_ok' : 'packImported_ok', { title }) });
  };

  return (
    <>
      <p class="help">{t('packsIntro')}</p>
      <div class="field">
        <label for="pack-file">{t('packImportLabel')}</label>
        <input
          id="pack-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
      </div>
      {status && (
        <Status kind={status.kind}>
          <p>{status.text}</p>
          {status.problems && <ProblemList problems={status.problems} t={t} />}
        </Status>
      )}
      <PackGuide t={t} />
      {packs.map((loaded) => (
        <PackEntry key={loaded.id} loaded={loaded} t={t} locale={locale} selectedSymbol={selectedSymbol} />
      ))}
    </>
  );
}

function PackEntry({
  loaded,
  t,
  locale,
  selectedSymbol,
}: {
  loaded: LoadedPack;
  t: Translate<OptionsMessageKey>;
  locale: Locale;
  selectedSymbol: string | undefined;
}) {
  const title = loaded.pack ? pick(loaded.pack.title, locale) : loaded.id;
  const date = loaded.importedAt ? formatDay(loaded.importedAt.slice(0, 10), locale) : '';
  const [failure, setFailure] = useState('');
  return (
    <article class="pack" data-pack={loaded.id} aria-labelledby={`pack-${loaded.id}`}>
      <header class="pack-head">
        <h3 id={`pack-${loaded.id}`}>{title}</h3>
        <p class="help">
          {loaded.builtin ? t('packBuiltin') : t('packImported', { date, file: loaded.fileName ?? '' })}
        </p>
        <Toggle
          id={`pack-on-${loaded.id}`}
          label={t('packEnabled')}
          checked={loaded.enabled}
          onChange={(on) => {
            setFailure('');
            setPackEnabled(loaded.id, on).catch((error) => setFailure(t('saveFailed', { reason: reasonOf(error) })));
          }}
        />
        {failure && (
          <p class="error" role="alert">
            {failure}
          </p>
        )}
        {!loaded.builtin && (
          <ConfirmButton
            label={t('packRemove')}
            question={t('packRemoveConfirm', { title })}
            confirmLabel={t('packRemove')}
            cancelLabel={t('importCancel')}
            onConfirm={() => removePack(loaded.id)}
            failed={(reason) => t('actionFailed', { reason })}
          />
        )}
      </header>
      {loaded.problems && (
        <Status kind="error">
          <p>{t('packInvalid')}</p>
          <ProblemList problems={loaded.problems} t={t} />
        </Status>
      )}
      {loaded.pack && <PackView pack={loaded.pack} t={t} locale={locale} selectedSymbol={selectedSymbol} />}
    </article>
  );
}
