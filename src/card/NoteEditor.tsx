import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/catalog';
import type { CardMessageKey } from '../i18n/card-messages';
import { MAX_NOTE_LENGTH, NOTE_TOO_LONG, type Note } from '../settings/note-shape';

interface NoteEditorProps {
  note: Note | undefined;
  /** Unsaved text from an earlier opening of this ticker's card: the editor reopens with it. */
  draft: string | undefined;
  /** Keeps the unsaved text outside the card, so no way of closing the card loses it. */
  keepDraft: (text: string | undefined) => void;
  t: Translate<CardMessageKey>;
  save: (text: string) => Promise<void>;
  /** Editing pins the card, so typing never loses the card under the pointer. */
  onEditStart: () => void;
  /** Unsaved text exists: the card must not close on a stray click or pointer move. */
  onDirtyChange: (dirty: boolean) => void;
}

/** The reader's own note for this ticker: shown as text, edited in place, saved to storage.local. */
export function NoteEditor({
  note,
  draft: keptDraft,
  keepDraft,
  t,
  save,
  onEditStart,
  onDirtyChange,
}: NoteEditorProps) {
  const [draft, setLocalDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  const dirty = draft !== undefined && draft.trim() !== (note?.text ?? '');
  const setDraft = (text: string | undefined) => {
    setLocalDraft(text);
    keepDraft(text !== undefined && text.trim() !== (note?.text ?? '') ? text : undefined);
  };
  useEffect(() => {
    if (draft !== undefined) field.current?.focus({ preventScroll: true });
  }, [draft === undefined]);
  useEffect(() => onDirtyChange(dirty), [dirty]);

  const start = () => {
    onEditStart();
    setError('');
    setDraft(keptDraft ?? note?.text ?? '');
  };
  // A ref, not only state: key repeats arrive before the re-render that disables the button.
  const savingNow = useRef(false);
  const commit = async (text: string) => {
    if (savingNow.current) return;
    savingNow.current = true;
    setSaving(true);
    try {
      await save(text);
      setDraft(undefined);
      setError('');
    } catch (failure) {
      // Keep the draft: a failed save must not cost the reader what they typed.
      const reason = failure instanceof Error ? failure.message : String(failure);
      setError(
        reason === NOTE_TOO_LONG
          ? t('noteTooLong', { length: text.trim().length, max: MAX_NOTE_LENGTH })
          : t('noteSaveFailed', { reason }),
      );
    } finally {
      savingNow.current = false;
      setSaving(false);
    }
  };

  if (draft === undefined) {
    const editLabel = keptDraft !== undefined ? t('noteContinue') : note ? t('noteEdit') : t('noteAdd');
    return (
      <section class="note" aria-label={t('noteHeading')}>
        {note && (
          <>
            <h3 class="label">{t('noteHeading')}</h3>
            <p class="note-text">{note.text}</p>
          </>
        )}
        {keptDraft !== undefined && <p class="hint">{t('noteDraftKept')}</p>}
        <button type="button" class="link-button" onClick={start}>
          {editLabel}
        </button>
      </section>
    );
  }

  const tooLong = draft.trim().length > MAX_NOTE_LENGTH;
  const counterId = 'note-counter';
  return (
    <section class="note editing" aria-label={t('noteHeading')}>
      <label class="label" for="note-field">
        {t('noteHeading')}
      </label>
      <textarea
        id="note-field"
        ref={field}
        rows={3}
        value={draft}
        placeholder={t('notePlaceholder')}
        aria-describedby={counterId}
        aria-invalid={tooLong}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !tooLong) void commit(draft);
          if (event.key === 'Escape') {
            // Esc leaves an untouched editor; with unsaved text it does nothing, so nothing is lost.
            event.stopPropagation();
            if (!dirty) setDraft(undefined);
          }
        }}
      />
      <p id={counterId} class={tooLong ? 'counter error' : 'counter'}>
        {tooLong
          ? t('noteTooLong', { length: draft.trim().length, max: MAX_NOTE_LENGTH })
          : t('noteCount', { length: draft.trim().length, max: MAX_NOTE_LENGTH })}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" class="button primary" disabled={tooLong || saving} onClick={() => void commit(draft)}>
          {t('noteSave')}
        </button>
        <button type="button" class="button" onClick={() => setDraft(undefined)}>
          {t('noteCancel')}
        </button>
        {note && (
          <button type="button" class="button danger" disabled={saving} onClick={() => void commit('')}>
            {t('noteDelete')}
          </button>
        )}
      </div>
    </section>
  );
}
