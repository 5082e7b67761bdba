import { useState } from 'preact/hooks';
import { normalizeSymbol } from '../cashtags/symbol';
import type { Locale, Translate } from '../i18n/catalog';
import { languageTag } from '../i18n/locale';
import type { OptionsMessageKey } from '../i18n/options-messages';
import { askBackground } from '../messages';
import { MAX_NOTE_LENGTH, NOTE_TOO_LONG, type Notes } from '../settings/notes';
import { ConfirmButton, reasonOf, Status } from './controls';

interface NotesProps {
  notes: Notes;
  t: Translate<OptionsMessageKey>;
  locale: Locale;
  /** From `#notes/GRT`: open that ticker's note for editing. */
  selectedSymbol?: string | undefined;
}

/** Every personal note: searchable, editable and deletable; the card on X edits the same notes. */
export function NotesSection({ notes, t, locale, selectedSymbol }: NotesProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | undefined>(
    selectedSymbol && notes[selectedSymbol] ? selectedSymbol : undefined,
  );
  const [status, setStatus] = useState('');
  const symbols = Object.keys(notes).sort();
  const needle = query.trim().toLowerCase();
  const shown = symbols.filter(
    (symbol) =>
      !needle ||
      symbol.toLowerCase().includes(needle.replace(/^\$/, '')) ||
      notes[symbol]!.text.toLowerCase().includes(needle),
  );
  const date = new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <p class="help">{t('notesIntro')}</p>
      <NewNote notes={notes} t={t} onOpenExisting={(symbol) => setEditing(symbol)} onSaved={setStatus} />
      {status && <Status>{status}</Status>}
      {symbols.length > 0 && (
        <div class="field">
          <label for="notes-search">{t('notesSearch')}</label>
          <input
            id="notes-search"
            type="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <p class="help" aria-live="polite">
            {t('notesCount', { count: shown.length })}
          </p>
        </div>
      )}
      {symbols.length === 0 ? (
        <p class="empty">{t('notesEmpty')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('notesNone', { query })}</p>
      ) : (
        <ul class="notes-list">
          {shown.map((symbol) => (
            <li key={symbol} class="note-item" data-symbol={symbol}>
              {editing === symbol ? (
                <NoteForm symbol={symbol} initial={notes[symbol]!.text} t={t} onDone={() => setEditing(undefined)} />
              ) : (
                <>
                  <h3 class="note-symbol">${symbol}</h3>
                  <p class="note-text">{notes[symbol]!.text}</p>
                  <p class="help">{t('noteUpdated', { date: date.format(new Date(notes[symbol]!.updatedAt)) })}</p>
                  <div class="row">
                    <button
                      type="button"
                      class="button"
                      onClick={() => setEditing(symbol)}
                      aria-label={t('noteEditFor', { symbol })}
                    >
                      {t('noteEdit')}
                    </button>
                    <ConfirmButton
                      label={t('noteDelete')}
                      ariaLabel={t('noteDeleteFor', { symbol })}
                      question={t('noteDeleteConfirm', { symbol })}
                      confirmLabel={t('noteDelete')}
                      cancelLabel={t('noteCancel')}
                      onConfirm={() => saveNote(symbol, '')}
                      failed={(reason) => t('actionFailed', { reason })}
                    />
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function NewNote({
  notes,
  t,
  onOpenExisting,
  onSaved,
}: {
  notes: Notes;
  t: Translate<OptionsMessageKey>;
  onOpenExisting: (symbol: string) => void;
  onSaved: (message: string) => void;
}) {
  const [symbolText, setSymbolText] = useState('');
  const [error, setError] = useState('');
  const [open, setOpen] = useState(false);
  const symbol = normalizeSymbol(symbolText);

  if (!open) {
    return (
      <button type="button" class="button primary" onClick={() => setOpen(true)}>
        {t('noteAdd')}
      </button>
    );
  }
  return (
    <div class="new-note">
      <div class="field">
        <label for="new-note-symbol">{t('noteSymbol')}</label>
        <input
          id="new-note-symbol"
          value={symbolText}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={!!error}
          aria-describedby={error ? 'new-note-error' : undefined}
          onInput={(event) => {
            setSymbolText(event.currentTarget.value);
            setError('');
          }}
          onBlur={() => {
            if (!symbolText.trim()) return;
            if (!symbol) return setError(t('noteSymbolInvalid'));
            if (notes[symbol]) {
              setError(t('noteExists', { symbol }));
              onOpenExisting(symbol);
            }
          }}
        />
        {error && (
          <p id="new-note-error" class="error" role="alert">
            {error}
          </p>
        )}
      </div>
      {symbol && !notes[symbol] ? (
        <NoteForm
          symbol={symbol}
          initial=""
          t={t}
          onDone={(saved) => {
            setOpen(false);
            setSymbolText('');
            if (saved) onSaved(t('noteSaved', { symbol }));
          }}
        />
      ) : (
        <button type="button" class="button" onClick={() => setOpen(false)}>
          {t('noteCancel')}
        </button>
      )}
    </div>
  );
}

/** Edits one note; on failure the text stays in the field, so nothing typed is lost. */
function NoteForm({
  symbol,
  initial,
  t,
  onDone,
}: {
  symbol: string;
  initial: string;
  t: Translate<OptionsMessageKey>;
  onDone: (saved: boolean) => void;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const length = text.trim().length;
  const tooLong = length > MAX_NOTE_LENGTH;
  const id = `note-${symbol}`;
  const submit = async () => {
    if (!length) return setError(t('noteEmpty'));
    if (tooLong) return;
    try {
      await saveNote(symbol, text);
      onDone(true);
    } catch (failure) {
      const reason = reasonOf(failure);
      setError(
        reason === NOTE_TOO_LONG ? t('noteTooLong', { length, max: MAX_NOTE_LENGTH }) : t('noteSaveFailed', { reason }),
      );
    }
  };
  return (
    <form
      class="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label for={id}>{t('noteTextFor', { symbol })}</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-invalid={tooLong || !!error}
        aria-describedby={`${id}-count`}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id={`${id}-count`} class={tooLong ? 'error' : 'help'}>
        {tooLong
          ? t('noteTooLong', { length, max: MAX_NOTE_LENGTH })
          : t('noteLength', { length, max: MAX_NOTE_LENGTH })}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="button primary" disabled={tooLong}>
          {t('noteSave')}
        </button>
        <button type="button" class="button" onClick={() => onDone(false)}>
          {t('noteCancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Notes are written by the background for every page (cards in X tabs, this page), one after
 * another, so two saves at the same moment never overwrite each other.
 */
function saveNote(symbol: string, text: string): Promise<void> {
  return askBackground('note:save', { symbol, text });
}
