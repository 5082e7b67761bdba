// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.com/home" }
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContextPack } from '../../../src/context/pack-schema';
import type { Locale } from '../../../src/i18n/catalog';
import { cardMessages } from '../../../src/i18n/card-messages';
import type { KnowledgeBundle, PageReport } from '../../../src/messages';
import type { StorageChanges } from '../../../src/settings/page-storage';
import type { SettingsPatch } from '../../../src/settings/settings-patch';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings-shape';
import { startTabSession, type TabSessionEnvironment } from '../../../src/session/tab-session';
import { samplePack } from '../helpers/sample-pack';

/** happy-dom has no CSS Custom Highlight API (and a new `CSS` on every read): a registry of sets stands in. */
beforeAll(() => {
  const global = globalThis as unknown as { Highlight?: unknown };
  global.Highlight ??= class extends Set<Range> {};
  Object.defineProperty(globalThis, 'CSS', { configurable: true, value: { ...CSS, highlights: new Map() } });
});

/** A pack whose one ticker is `symbol`: which symbols the article "names" shows which knowledge is loaded. */
function packNaming(symbol: string): ContextPack {
  const pack = samplePack();
  pack.tickers[0]!.symbol = symbol;
  return pack;
}

function bundle(symbol: string, locale: Locale = 'en'): KnowledgeBundle {
  return { packs: [packNaming(symbol)], crypto: [], messages: cardMessages[locale], cardCss: '.card{color:red}' };
}

/** One post with three cashtag links, as X draws them. */
function post(...symbols: string[]) {
  const article = document.createElement('article');
  article.setAttribute('data-testid', 'tweet');
  const text = document.createElement('div');
  text.setAttribute('data-testid', 'tweetText');
  for (const symbol of symbols) {
    const link = document.createElement('a');
    link.href = `/search?q=%24${symbol}&src=cashtag_click`;
    link.textContent = `$${symbol}`;
    text.append(link, ' ');
  }
  article.append(text);
  document.body.append(article);
}

/** A trend named by one cashtag, as X's "What's happening" draws it: marked, but not a post. */
function trend(symbol: string) {
  const row = document.createElement('div');
  row.setAttribute('data-testid', 'trend');
  const name = document.createElement('span');
  name.textContent = `$${symbol}`;
  row.append(name);
  document.body.append(row);
}

const marked = () => [...document.querySelectorAll('a[data-cashtag]')].map((link) => link.getAttribute('data-cashtag'));

/** Every session a test started, ended after it so that none keeps watching the next test's page. */
const lifetimes: AbortController[] = [];

function fakeLifetime() {
  const controller = new AbortController();
  lifetimes.push(controller);
  return {
    get isInvalid() {
      return controller.signal.aborted;
    },
    signal: controller.signal,
    onInvalidated: (callback: () => void) => controller.signal.addEventListener('abort', callback),
    /** What WXT does once it notices the extension was updated or disabled. */
    invalidate: () => controller.abort(),
  };
}

/** Storage, messaging and the tab's life, all fakes the test drives. */
function setup(initial: Partial<Settings> = {}) {
  const lifetime = fakeLifetime();
  let on: StorageChanges = {};
  let settings: Settings = { ...DEFAULT_SETTINGS, annotate: 'article', ...initial };
  let report: (() => PageReport) | undefined;
  const state = { watching: 0, answering: 0 };
  const asked: Locale[] = [];
  const patches: SettingsPatch[] = [];
  let answer = (locale: Locale) => Promise.resolve(bundle('ABC', locale));
  const env: TabSessionEnvironment = {
    lifetime,
    window,
    uiLanguage: 'en-US',
    storage: {
      readSettings: async () => settings,
      readNotes: async () => ({}),
      watch(changes) {
        on = changes;
        state.watching++;
        return () => void state.watching--;
      },
    },
    messaging: {
      getKnowledge: (locale) => {
        asked.push(locale);
        return answer(locale);
      },
      saveNote: async () => {},
      openOptions: async () => {},
      updateSettings: async (patch) => {
        patches.push(patch);
        return settings;
      },
      answerReport(next) {
        report = next;
        state.answering++;
        return () => void state.answering--;
      },
    },
    onNavigation: () => {},
  };
  return {
    env,
    lifetime,
    state,
    asked,
    patches,
    report: () => report?.(),
    answerWith: (next: (locale: Locale) => Promise<KnowledgeBundle>) => (answer = next),
    /** The reader changes a setting in the options page or the popup. */
    change(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      on.settings?.(settings);
    },
    packsImported: () => on.packs?.(),
  };
}

/** Lets the session's awaited storage and messages settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  post('ABC', 'XYZ', 'QQQ');
});
afterEach(() => {
  for (const controller of lifetimes.splice(0)) controller.abort();
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('the tab session', () => {
  it('marks what the settings accept and answers the popup', async () => {
    const tab = setup();
    await startTabSession(tab.env);
    expect(marked()).toEqual(['ABC']);
    expect(document.querySelectorAll('style[data-cashtag-context]').length).toBe(1);
    expect(tab.report()).toMatchObject({ hostname: 'x.com', active: true, cashtags: [{ symbol: 'ABC', count: 1 }] });
  });

  it('a settings change brings the page in line: a new rule rescans, a site switched off unmarks', async () => {
    const tab = setup();
    await startTabSession(tab.env);
    tab.change({ annotate: 'all' });
    expect(marked()).toEqual(['ABC', 'XYZ', 'QQQ']);
    tab.change({ sites: { ...DEFAULT_SETTINGS.sites, x: false } });
    expect(marked()).toEqual([]);
    expect(document.querySelector('style[data-cashtag-context]')!.textContent).toBe('');
    expect(tab.report()).toMatchObject({ active: false, cashtags: [] });
    tab.change({ sites: DEFAULT_SETTINGS.sites });
    expect(marked()).toEqual(['ABC', 'XYZ', 'QQQ']);
    expect(tab.asked).toEqual(['en']);
  });

  it('packs switched on or off, a new language or imported packs reload the knowledge', async () => {
    const tab = setup();
    await startTabSession(tab.env);
    tab.answerWith((locale) => Promise.resolve(bundle('XYZ', locale)));
    tab.change({ language: 'zh_CN' });
    await settle();
    expect(tab.asked).toEqual(['en', 'zh_CN']);
    expect(marked()).toEqual(['XYZ']);
    tab.change({ packs: { 'sample-pack': false } });
    tab.packsImported();
    await settle();
    expect(tab.asked).toEqual(['en', 'zh_CN', 'zh_CN', 'zh_CN']);
  });

  it('compares packs by value: the same switches in another order reload nothing', async () => {
    const tab = setup({ packs: { a: true, b: false } });
    await startTabSession(tab.env);
    tab.change({ packs: { b: false, a: true }, cue: 'badge' });
    await settle();
    expect(tab.asked).toEqual(['en']);
    expect(document.querySelector('style[data-cashtag-context]')!.textContent).toContain('::after');
  });

  it('drops a reload answer that arrives after a later one', async () => {
    const tab = setup();
    await startTabSession(tab.env);
    let answerFirst!: () => void;
    tab.answerWith(() => new Promise((resolve) => (answerFirst = () => resolve(bundle('XYZ')))));
    tab.change({ language: 'zh_CN' });
    tab.answerWith(() => Promise.resolve(bundle('QQQ')));
    tab.change({ language: 'en' });
    await settle();
    expect(marked()).toEqual(['QQQ']);
    answerFirst();
    await settle();
    expect(marked()).toEqual(['QQQ']);
  });

  it('keeps what it had when a reload fails, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tab = setup();
    await startTabSession(tab.env);
    tab.answerWith(() => Promise.reject(new Error('no background')));
    tab.packsImported();
    await settle();
    expect(marked()).toEqual(['ABC']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not reload'), expect.any(Error));
  });

  it('tears everything down when the extension goes away', async () => {
    const tab = setup();
    await startTabSession(tab.env);
    expect(tab.state).toEqual({ watching: 1, answering: 1 });
    tab.lifetime.invalidate();
    expect(marked()).toEqual([]);
    expect(document.querySelector('style[data-cashtag-context]')).toBeNull();
    expect(document.querySelector('cashtag-context')).toBeNull();
    expect(tab.state).toEqual({ watching: 0, answering: 0 });
  });

  it('orphaned while it starts, it stays silent and touches nothing', async () => {
    const tab = setup();
    tab.env.storage.readSettings = async () => {
      tab.lifetime.invalidate();
      throw new Error('Extension context invalidated.');
    };
    await expect(startTabSession(tab.env)).resolves.toBeUndefined();
    expect(marked()).toEqual([]);
    expect(document.querySelector('style[data-cashtag-context]')).toBeNull();
    expect(tab.state).toEqual({ watching: 0, answering: 0 });
  });

  it('a failure while the extension is still there is not swallowed', async () => {
    const tab = setup();
    tab.env.storage.readNotes = async () => {
      throw new Error('quota');
    };
    await expect(startTabSession(tab.env)).rejects.toThrow('quota');
  });

  it('asks again when the background is not listening yet at start', async () => {
    const tab = setup();
    let calls = 0;
    const notListening = new Error('Receiving end does not exist');
    tab.answerWith(() => (++calls === 1 ? Promise.reject(notListening) : Promise.resolve(bundle('ABC'))));
    await startTabSession(tab.env);
    expect(calls).toBe(2);
    expect(marked()).toEqual(['ABC']);
  });

  it('takes off what an earlier copy of the script left on the page', async () => {
    const old = document.createElement('style');
    old.setAttribute('data-cashtag-context', '');
    document.head.append(old);
    document.body.append(document.createElement('cashtag-context'));
    const link = document.querySelector('a')!;
    link.setAttribute('data-cashtag', 'XYZ');
    link.setAttribute('aria-describedby', 'x-own cashtag-context-description');
    const tab = setup({ annotate: 'article' });
    tab.answerWith(() => Promise.resolve(bundle('QQQ')));
    await startTabSession(tab.env);
    expect(document.querySelectorAll('style[data-cashtag-context]').length).toBe(1);
    expect(document.head.contains(old)).toBe(false);
    expect(document.querySelector('cashtag-context')).toBeNull();
    expect(link.getAttribute('aria-describedby')).toBe('x-own');
    expect(marked()).toEqual(['QQQ']);
  });
});

describe('watched and muted tickers in the tab', () => {
  const pageStyle = () => document.querySelector('style[data-cashtag-context]')!.textContent ?? '';

  it('marks a muted or watched ticker the annotate rule leaves out, and styles it', async () => {
    const tab = setup({ annotate: 'article' });
    await startTabSession(tab.env);
    expect(marked()).toEqual(['ABC']);
    tab.change({ muted: ['XYZ'], watched: ['QQQ'] });
    expect(marked()).toEqual(['ABC', 'XYZ', 'QQQ']);
    expect(pageStyle()).toContain(':has([data-cashtag~="XYZ"])');
    expect(pageStyle()).toContain(':is([data-cashtag~="QQQ"])::before');
  });

  it('adds the fade rule only once a post to fade is on the page, not for a trend', async () => {
    const tab = setup({ annotate: 'all', muted: ['NOPE'] });
    await startTabSession(tab.env);
    expect(pageStyle()).not.toContain(':has(');
    trend('NOPE');
    await settle();
    expect(document.querySelector('[data-testid="trend"] span')!.getAttribute('data-cashtag')).toBe('NOPE');
    expect(pageStyle()).not.toContain(':has(');
    post('NOPE');
    await settle();
    expect(pageStyle()).toContain(':has([data-cashtag~="NOPE"])');
  });

  it('a ticker muted while its post is on the page fades it at once; one only in a trend does not', async () => {
    const tab = setup({ annotate: 'all' });
    trend('TRND');
    await startTabSession(tab.env);
    tab.change({ muted: ['TRND'] });
    expect(pageStyle()).not.toContain(':has(');
    tab.change({ muted: ['TRND', 'QQQ'] });
    expect(pageStyle()).toContain(':has([data-cashtag~="TRND"],[data-cashtag~="QQQ"])');
  });

  it('the crowded fade waits for a crowded post; both start afresh when the site is switched on again', async () => {
    const tab = setup({ annotate: 'all', fadeCrowded: true, crowdedAt: 4, muted: ['QQQ'] });
    await startTabSession(tab.env);
    expect(pageStyle()).toContain(':has([data-cashtag~="QQQ"])');
    expect(pageStyle()).not.toContain('crowded');
    post('AAA', 'BBB', 'CCC', 'DDD');
    await settle();
    expect(pageStyle()).toContain('[data-cashtag~="crowded"]');
    tab.change({ sites: { ...DEFAULT_SETTINGS.sites, x: false } });
    expect(pageStyle()).toBe('');
    // The crowded post leaves while the site is off; the first post, with $QQQ, stays.
    for (const article of [...document.querySelectorAll('article')].slice(1)) article.remove();
    tab.change({ sites: { ...DEFAULT_SETTINGS.sites, x: true } });
    expect(pageStyle()).not.toContain('crowded');
    expect(pageStyle()).toContain(':has([data-cashtag~="QQQ"])');
  });

  it('unmuting takes the fade out of the stylesheet and the mark the rule does not want', async () => {
    const tab = setup({ annotate: 'article', muted: ['XYZ'] });
    await startTabSession(tab.env);
    expect(marked()).toEqual(['ABC', 'XYZ']);
    tab.change({ muted: [] });
    expect(marked()).toEqual(['ABC']);
    expect(pageStyle()).not.toContain('opacity:.3');
  });

  it('the card’s Mute asks the background for that one symbol', async () => {
    const tab = setup({ annotate: 'all', hoverDelayMs: 0 });
    await startTabSession(tab.env);
    const link = document.querySelector<HTMLElement>('a[data-cashtag="XYZ"]')!;
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    link.focus();
    await settle();
    const host = document.querySelector('cashtag-context')!;
    const mute = [...host.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent === 'Mute $XYZ');
    mute!.click();
    expect(tab.patches).toEqual([{ muted: { XYZ: true } }]);
  });
});
