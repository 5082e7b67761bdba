import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/catalog';
import type { OptionsMessageKey } from '../i18n/options-messages';
import {
  parseBackupText,
  previewImport,
  type Backup,
  type BackupProblem,
  type ImportPreview,
} from '../settings/backup';
import type { Settings } from '../settings/settings-shape';
import type { UndoSnapshot } from '../settings/undo';
import {
  applyBackup,
  exportBackup,
  readUserData,
  resetSettings,
  undoItem,
  undoLastChange,
} from '../settings/user-data';
import { ConfirmButton, reasonOf, Status } from './controls';
import { ProblemList } from './ProblemList';
import { saveJsonFile } from './save-json-file';
import { useStorageItem } from '../ui/use-storage-item';

/** Kept as a key, so the message follows the language if an import just changed it. */
type Message = {
  kind: 'ok' | 'error';
  key: OptionsMessageKey;
  params?: Record<string, string | number>;
  problems?: BackupProblem[];
};

/** Export, import with a preview, reset with confirmation, and one step of undo for the last two. */
export function DataSection({ t }: { t: Translate<OptionsMessageKey> }) {
  const [message, setMessage] = useState<Message | undefined>();
  const [pending, setPending] = useState<{ file: string; backup: Backup; preview: ImportPreview } | undefined>();
  const undo = useStorageItem(undoItem as never) as UndoSnapshot | null | undefined;
  /** Runs a button's action; a failure (a storage quota, say) is shown, and nothing was changed. */
  const attempt = (action: () => Promise<void>) => () =>
    void action().catch((error) =>
      setMessage({ kind: 'error', key: 'actionFailed', params: { reason: reasonOf(error) } }),
    );

  const download = async () => {
    const backup = await exportBackup();
    const fileName = `cashtag-context-backup-${backup.exportedAt.slice(0, 10)}.json`;
    saveJsonFile(fileName, `${JSON.stringify(backup, null, 2)}\n`);
  };

  const choose = async (file: File) => {
    setPending(undefined);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setMessage({ kind: 'error', key: 'readFailed', params: { reason: String(error) } });
    }
    const parsed = parseBackupText(text);
    if (!parsed.ok)
      return setMessage({ kind: 'error', key: 'importFailed', params: { file: file.name }, problems: parsed.problems });
    setMessage(undefined);
    try {
      setPending({
        file: file.name,
        backup: parsed.backup,
        preview: previewImport(await readUserData(), parsed.backup),
      });
    } catch (error) {
      setMessage({ kind: 'error', key: 'actionFailed', params: { reason: reasonOf(error) } });
    }
  };

  return (
    <>
      <div class="field">
        <h3>{t('exportLabel')}</h3>
        <p class="help">{t('exportHelp')}</p>
        <button type="button" class="button primary" onClick={attempt(download)}>
          {t('exportButton')}
        </button>
      </div>

      <div class="field">
        <h3>
          <label for="backup-file">{t('importLabel')}</label>
        </h3>
        <p class="help">{t('importHelp')}</p>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) void choose(file).finally(() => (input.value = ''));
          }}
        />
      </div>
      {pending && (
        <div class="preview" role="region" aria-label={t('importPreviewTitle', { file: pending.file })}>
          <p>{t('importPreviewTitle', { file: pending.file })}</p>
          <PreviewList preview={pending.preview} t={t} />
          <div class="row">
            <button
              type="button"
              class="button primary"
              onClick={attempt(async () => {
                await applyBackup(pending.backup);
                setPending(undefined);
                setMessage({ kind: 'ok', key: 'importDone' });
              })}
            >
              {t('importConfirm')}
            </button>
            <button type="button" class="button" onClick={() => setPending(undefined)}>
              {t('importCancel')}
            </button>
          </div>
        </div>
      )}

      <div class="field">
        <h3>{t('resetLabel')}</h3>
        <p class="help">{t('resetHelp')}</p>
        <ConfirmButton
          label={t('resetButton')}
          question={t('resetConfirm')}
          confirmLabel={t('resetButton')}
          cancelLabel={t('importCancel')}
          onConfirm={async () => {
            await resetSettings();
            setMessage({ kind: 'ok', key: 'resetDone' });
          }}
          failed={(reason) => t('actionFailed', { reason })}
        />
      </div>

      {undo && (
        <div class="field">
          <h3>{t('undoLabel')}</h3>
          <button
            type="button"
            class="button"
            onClick={attempt(async () => {
              if (await undoLastChange()) setMessage({ kind: 'ok', key: 'undoDone' });
            })}
          >
            {t('undoButton')}
          </button>
        </div>
      )}

      {message && (
        <Status kind={message.kind}>
          <p>{t(message.key, message.params)}</p>
          {message.problems && <ProblemList problems={message.problems} t={t} />}
        </Status>
      )}
    </>
  );
}

function PreviewList({ preview, t }: { preview: ImportPreview; t: Translate<OptionsMessageKey> }) {
  const list = (items: string[]) => items.map((item) => `$${item}`).join(t('listSeparator'));
  return (
    <ul class="preview-list">
      <li>
        {preview.settingsChanged.length
          ? t('importSettingsChanged', {
              count: preview.settingsChanged.length,
              keys: preview.settingsChanged.map((change) => t(SETTING_LABELS[change.key])).join(t('listSeparator')),
            })
          : t('importSettingsSame')}
      </li>
      {preview.notesAdded.length > 0 && <li>{t('importNotesAdded', { symbols: list(preview.notesAdded) })}</li>}
      {preview.notesChanged.length > 0 && <li>{t('importNotesChanged', { symbols: list(preview.notesChanged) })}</li>}
      {preview.notesKept.length > 0 && <li>{t('importNotesKept', { symbols: list(preview.notesKept) })}</li>}
      {preview.packsAdded.length > 0 && (
        <li>{t('importPacksAdded', { ids: preview.packsAdded.join(t('listSeparator')) })}</li>
      )}
      {preview.packsReplaced.length > 0 && (
        <li>{t('importPacksReplaced', { ids: preview.packsReplaced.join(t('listSeparator')) })}</li>
      )}
    </ul>
  );
}

/** Each setting as the General and Appearance sections name it, for the import preview. */
const SETTING_LABELS: Record<keyof Settings, OptionsMessageKey> = {
  enabled: 'enabledLabel',
  sites: 'sitesLabel',
  annotate: 'annotateLabel',
  openOn: 'openOnLabel',
  touchOpen: 'touchOpenLabel',
  hoverDelayMs: 'hoverDelayLabel',
  cue: 'cueLabel',
  cardSize: 'cardSizeLabel',
  showTimeline: 'showTimelineLabel',
  theme: 'themeLabel',
  language: 'languageLabel',
  packs: 'settingPacks',
  watched: 'watchedLabel',
  muted: 'mutedLabel',
  fadeCrowded: 'fadeCrowdedLabel',
  crowdedAt: 'crowdedAtLabel',
};
