/**
 * @vitest-environment happy-dom
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n/catalog';
import { optionsMessages } from '../../../src/i18n/options-messages';
import { WatchMuteSection } from '../../../src/options/WatchMuteSection';
import { DEFAULT_SETTINGS, MAX_TICKER_LIST } from '../../../src/settings/settings-shape';
import { click, input, mount, text } from '../helpers/render';

let cleanup = () => {};
afterEach(() => cleanup());

function renderSection(settings = {}, locale: 'en' | 'zh_CN' = 'en') {
  const update = vi.fn();
  const view = mount(
    <WatchMuteSection
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      t={translator(optionsMessages, locale)}
      update={update}
    />,
  );
  cleanup = view.cleanup;
  const list = (name: string) => view.container.querySelector(`[data-list="${name}"]`)!;
  const submit = (name: string, value: string) => {
    input(list(name).querySelector('input'), value);
    act(() => void list(name).querySelector('form')!.requestSubmit());
  };
  return { view, update, list, submit };
}

describe('the Watch & mute section', () => {
  it('lists both lists, and removes a symbol with its own named button', () => {
    const { list, update } = renderSection({ watched: ['GRT'], muted: ['DOGE', 'PEPE'] });
    expect([...list('muted').querySelectorAll('li')].map((item) => item.getAttribute('data-symbol'))).toEqual([
      'DOGE',
      'PEPE',
    ]);
    const remove = list('muted').querySelector<HTMLButtonElement>('[data-symbol="PEPE"] button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove $PEPE from Muted tickers');
    click(remove);
    expect(update).toHaveBeenCalledWith({ muted: { PEPE: false } });
    expect(text(list('watched'))).toContain('$GRT');
  });

  it('adds a typed ticker, upper-cased and without its $', () => {
    const { submit, update, list } = renderSection();
    submit('muted', ' $pepe ');
    expect(update).toHaveBeenCalledWith({ muted: { PEPE: true } });
    expect(list('muted').querySelector('input')!.value).toBe('');
  });

  it('refuses what is no ticker, says why, and keeps the text', () => {
    const { submit, update, list } = renderSection();
    submit('watched', '100x');
    expect(update).not.toHaveBeenCalled();
    expect(text(list('watched').querySelector('[role="alert"]'))).toContain('“100x” is not a ticker');
    expect(list('watched').querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
    expect(list('watched').querySelector('input')!.value).toBe('100x');
  });

  it('says when a ticker is already listed or the list is full', () => {
    const full = Array.from({ length: MAX_TICKER_LIST }, (_, index) => `T${String(index).padStart(3, '0')}`);
    const { submit, update, list } = renderSection({ watched: ['GRT'], muted: full });
    submit('watched', 'grt');
    expect(text(list('watched').querySelector('[role="alert"]'))).toBe('$GRT is already in this list.');
    submit('muted', 'ZZZ');
    expect(text(list('muted').querySelector('[role="alert"]'))).toContain(`at most ${MAX_TICKER_LIST}`);
    expect(update).not.toHaveBeenCalled();
  });

  it('in Chinese', () => {
    const { view } = renderSection({}, 'zh_CN');
    expect(text(view.container)).toContain('关注的代币');
    expect(text(view.container)).toContain('静音的代币');
  });
});
