// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../src/card/Card';
import { BUILTIN_PACK_JSON } from '../../../src/context/builtin-pack';
import cryptoAssets from '../../../src/context/crypto-assets.json';
import { cardChart } from '../../../src/card/card-chart';
import { createKnowledge } from '../../../src/context/lookup';
import type { ContextPack } from '../../../src/context/pack-schema';
import { parsePack } from '../../../src/context/parse-pack';
import { translator, type Locale } from '../../../src/i18n/catalog';
import { cardMessages } from '../../../src/i18n/card-messages';
import { MAX_NOTE_LENGTH } from '../../../src/settings/notes';
import type { ChartedPack } from '../../../src/ui/timeline-chart';
import { click, flush, input, mount, nextFrame, text } from '../helpers/render';
import { samplePack } from '../helpers/sample-pack';

const parsed = parsePack(BUILTIN_PACK_JSON);
if (!parsed.ok) throw new Error('built-in pack invalid');
// As the background serves the pack: with its card timeline laid out for the card's language.
const charted = (pack: ContextPack, locale: Locale): ChartedPack => ({ ...pack, chart: cardChart(pack, locale) });
const knowledgeIn = (locale: Locale) => createKnowledge([charted(parsed.pack, locale)], cryptoAssets.assets);
const knowledge = knowledgeIn('en');
const chineseKnowledge = knowledgeIn('zh_CN');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function renderCard(symbol: string, overrides: Partial<CardProps> = {}, locale: Locale = 'en') {
  const props: CardProps = {
    openingId: 1,
    result: (locale === 'en' ? knowledge : chineseKnowledge).lookup(symbol)!,
    locale,
    t: translator(cardMessages, locale),
    size: 'full',
    showTimeline: true,
    pinned: false,
    keyboard: false,
    note: undefined,
    draft: undefined,
    keepDraft: vi.fn(),
    searchHref: `/search?q=%24${symbol}&src=cashtag_click`,
    saveNote: vi.fn(async () => {}),
    openFull: vi.fn(),
    close: vi.fn(),
    pin: vi.fn(),
    setDirty: vi.fn(),
    tickers: { watched: false, muted: false, setTicker: vi.fn(async () => {}) },
    ...overrides,
  };
  const mounted = mount(<Card {...props} />);
  cleanup = mounted.cleanup;
  return { ...mounted, props, card: mounted.container.querySelector('.card')! };
}

describe('Card content by kind of ticker', () => {
  it('a ticker the article names: its own claims with paragraph references, the source line', () => {
    const { card } = renderCard('GRT');
    expect(card.getAttribute('data-symbol')).toBe('GRT');
    expect(text(card.querySelector('.title'))).toBe('$GRT The Graph');
    expect(text(card.querySelector('.kind'))).toBe('Named in the article');
    expect(text(card.querySelector('.answer h3'))).toBe('What the article says about $GRT');
    const first = card.querySelector('.claims li')!;
    expect(first.getAttribute('data-claim')).toBe('grt-price-chart');
    expect(text(first)).toContain('¶40');
    expect(first.querySelector('.para .sr-only')!.textContent).toBe('Article paragraph 40');
    expect(text(card.querySelector('.source'))).toContain('Jeff Morris Jr');
    expect(text(card.querySelector('.source'))).toContain('Jan 24, 2023');
  });

  it('a ticker the article concerns: says why it is there', () => {
    const { card } = renderCard('APE');
    expect(text(card.querySelector('.kind'))).toBe('Linked to the article');
    expect(text(card.querySelector('.why'))).toMatch(/does not mention ApeCoin itself/);
  });

  it('a cryptocurrency the article does not name: the article’s general crypto context', () => {
    const { card } = renderCard('SOL');
    expect(text(card.querySelector('.kind'))).toBe('Cryptocurrency');
    expect(text(card.querySelector('.answer h3'))).toBe(
      'The article does not name $SOL. What it says about Twitter and crypto:',
    );
    expect(card.querySelector('.answer')!.getAttribute('data-basis')).toBe('crypto');
  });

  it('a coin whose symbol is also a stock: says so rather than guessing', () => {
    const { card } = renderCard('LINK');
    expect(text(card.querySelector('.caveat'))).toMatch(
      /\$LINK is also a stock ticker: Interlink Electronics.*does not say which/,
    );
  });

  it('an unknown symbol: stock or other, with the stock context', () => {
    const { card } = renderCard('AAPL');
    expect(text(card.querySelector('.kind'))).toBe('Stock or other');
    expect(card.querySelector('.answer')!.getAttribute('data-basis')).toBe('stock');
    expect(card.querySelector('.name')).toBeNull();
  });

  it('shows the verdict and, a frame after the text, a timeline with this ticker’s events highlighted', async () => {
    const { card } = renderCard('BTC');
    expect(text(card.querySelector('.verdict'))).toMatch(/^Verdict: /);
    expect(card.querySelector('.timeline-slot')).not.toBeNull();
    await nextFrame();
    const highlighted = [...card.querySelectorAll('.tl-event.tl-on')].map((event) => event.getAttribute('data-event'));
    expect(highlighted).toEqual(['hal-finney-tweet']);
    expect(card.querySelectorAll('.tl-event').length).toBe(parsed.pack.timeline.length);
    expect(text(card.querySelector('.tl-legend'))).toBe('toward crypto away neutral about $BTC');
    expect([...card.querySelectorAll('.tl-tag')].map((tag) => text(tag))).toEqual([
      "Hal Finney's first bitcoin tweet · Jan 10, 2009",
    ]);
  });

  it('a ticker without events of its own: the legend has no entry for it and nothing is labelled', async () => {
    const { card } = renderCard('PEPE');
    await nextFrame();
    expect(card.querySelectorAll('.tl-event.tl-on, .tl-tag').length).toBe(0);
    expect(text(card.querySelector('.tl-legend'))).toBe('toward crypto away neutral');
  });

  it('compact size: fewer claims, no timeline, "Show more" reveals the rest', () => {
    const { card } = renderCard('GRT', { size: 'compact' });
    expect(card.querySelector('.timeline')).toBeNull();
    expect(card.querySelectorAll('.claims li').length).toBe(1);
    click([...card.querySelectorAll('button')].find((button) => text(button).startsWith('Show')));
    expect(card.querySelectorAll('.claims li').length).toBe(knowledge.lookup('GRT')!.answers[0]!.claims.length);
  });

  it('no timeline when the setting is off', () => {
    const { card } = renderCard('GRT', { showTimeline: false });
    expect(card.querySelector('.timeline')).toBeNull();
  });

  it('pinned, it is a dialog; unpinned, it is not', () => {
    expect(renderCard('GRT', { pinned: true }).card.getAttribute('role')).toBe('dialog');
    expect(renderCard('GRT', { pinned: false }).card.getAttribute('role')).toBeNull();
  });

  it('opened from the keyboard, it says how to enter and leave it', () => {
    expect(text(renderCard('GRT', { keyboard: true }).card.querySelector('.hint'))).toBe(
      'Press ↓ to enter the card, Esc to close it.',
    );
  });

  it('renders markup from a pack as text, never as HTML', () => {
    const pack = structuredClone(parsed.ok ? parsed.pack : undefined)!;
    pack.claims.find((claim) => claim.id === 'grt-price-chart')!.text.en = '<img src=x onerror="window.hacked=1">';
    const result = createKnowledge([pack], []).lookup('GRT')!;
    const { card } = renderCard('GRT', { result });
    expect(card.querySelector('img')).toBeNull();
    expect(text(card.querySelector('[data-claim="grt-price-chart"] .claim-text'))).toBe(
      '<img src=x onerror="window.hacked=1">',
    );
  });
});

describe('Card in Simplified Chinese', () => {
  it('uses the Chinese text, labels and date format', () => {
    const { card } = renderCard('GRT', {}, 'zh_CN');
    expect(card.getAttribute('lang')).toBe('zh-CN');
    expect(text(card.querySelector('.kind'))).toBe('文章直接提及');
    expect(text(card.querySelector('.answer h3'))).toBe('文章关于 $GRT 的内容');
    expect(text(card.querySelector('.claims li'))).toContain('第 40 段');
    expect(text(card.querySelector('.source'))).toContain('2023年1月24日');
    expect(text(card.querySelector('.claims li .claim-text'))).toMatch(/[\u4e00-\u9fff]/);
  });

  it('words the timeline in Chinese', async () => {
    const { card } = renderCard('GRT', {}, 'zh_CN');
    await nextFrame();
    expect(text(card.querySelector('.tl-legend'))).toBe('走近加密货币 远离 中性 与 $GRT 相关');
    expect(text(card.querySelector('.tl-tag'))).toBe('搜索结果出现价格图 · 约 2022年12月');
    expect(text(card.querySelector('.tl-detail'))).toContain('← 和 →');
  });

  it('the Chinese name of a known coin', () => {
    expect(text(renderCard('BTC', {}, 'zh_CN').card.querySelector('.name'))).toBe('比特币');
  });
});

describe('Card for a pack without dated events', () => {
  it('draws no timeline and keeps no space for one', async () => {
    const pack = {
      ...samplePack(),
      timeline: [],
      tickers: samplePack().tickers.map((ticker) => ({ ...ticker, events: [] })),
    };
    const parsedSample = parsePack(pack);
    if (!parsedSample.ok) throw new Error(JSON.stringify(parsedSample.problems));
    const result = createKnowledge([charted(parsedSample.pack, 'en')], []).lookup('ABC')!;
    const { card } = renderCard('ABC', { result });
    await nextFrame();
    expect(card.querySelector('.timeline, .timeline-slot')).toBeNull();
    expect(text(card.querySelector('.claims'))).toContain('ABC is discussed.');
  });
});

describe('Notes on the card', () => {
  it('shows an existing note and saves an edit', async () => {
    const saveNote = vi.fn(async () => {});
    const { card, props } = renderCard('GRT', {
      note: { text: 'Indexer thesis.', updatedAt: '2026-01-01T00:00:00.000Z' },
      saveNote,
    });
    expect(text(card.querySelector('.note-text'))).toBe('Indexer thesis.');
    click([...card.querySelectorAll('.note button')].find((button) => text(button) === 'Edit note'));
    expect(props.pin).toHaveBeenCalled();
    input(card.querySelector('textarea'), 'Indexer thesis, revised.');
    expect(props.setDirty).toHaveBeenLastCalledWith(true);
    click([...card.querySelectorAll('.note button')].find((button) => text(button) === 'Save'));
    await flush();
    expect(saveNote).toHaveBeenCalledWith('Indexer thesis, revised.');
  });

  it('refuses a note that is too long, with the count, and keeps the text', () => {
    const { card } = renderCard('GRT');
    click(card.querySelector('.note button'));
    input(card.querySelector('textarea'), 'x'.repeat(MAX_NOTE_LENGTH + 5));
    expect(text(card.querySelector('.counter'))).toBe(
      `Too long to save: ${MAX_NOTE_LENGTH + 5} of at most ${MAX_NOTE_LENGTH} characters.`,
    );
    const save = [...card.querySelectorAll('.note button')].find(
      (button) => text(button) === 'Save',
    ) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect((card.querySelector('textarea') as HTMLTextAreaElement).value).toHaveLength(MAX_NOTE_LENGTH + 5);
  });

  it('a failed save shows why and keeps the draft', async () => {
    const saveNote = vi.fn(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    const { card } = renderCard('GRT', { saveNote });
    click(card.querySelector('.note button'));
    input(card.querySelector('textarea'), 'My note');
    click([...card.querySelectorAll('.note button')].find((button) => text(button) === 'Save'));
    await flush();
    expect(text(card.querySelector('[role="alert"]'))).toBe(
      'The note could not be saved (QUOTA_BYTES quota exceeded). Your text is still here.',
    );
    expect((card.querySelector('textarea') as HTMLTextAreaElement).value).toBe('My note');
  });

  it('a note the background refuses as too long is worded in the reader’s language', async () => {
    const saveNote = vi.fn(async () => {
      throw new Error('note-too-long');
    });
    const { card } = renderCard('GRT', { saveNote }, 'zh_CN');
    click(card.querySelector('.note button'));
    input(card.querySelector('textarea'), '笔记');
    click([...card.querySelectorAll('.note button')].find((button) => text(button) === '保存'));
    await flush();
    expect(text(card.querySelector('[role="alert"]'))).toBe(
      translator(cardMessages, 'zh_CN')('noteTooLong', { length: 2, max: MAX_NOTE_LENGTH }),
    );
  });

  it('hands unsaved text to the controller as it is typed, and lets go of it on cancel', () => {
    const { card, props } = renderCard('GRT');
    click(card.querySelector('.note button'));
    input(card.querySelector('textarea'), 'Half a thought');
    expect(props.keepDraft).toHaveBeenLastCalledWith('Half a thought');
    click([...card.querySelectorAll('.note button')].find((button) => text(button) === 'Cancel'));
    expect(props.keepDraft).toHaveBeenLastCalledWith(undefined);
  });

  it('a card reopened after closing with unsaved text offers that text back', () => {
    const { card, props } = renderCard('GRT', { draft: 'Half a thought' });
    // Not in the editor yet: opening a card must not take focus from X's page.
    expect(card.querySelector('textarea')).toBeNull();
    expect(text(card.querySelector('.note .hint'))).toBe('Your unsaved draft is kept.');
    click([...card.querySelectorAll('.note button')].find((button) => text(button) === 'Continue editing'));
    expect(props.pin).toHaveBeenCalled();
    expect((card.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Half a thought');
    expect(props.setDirty).toHaveBeenLastCalledWith(true);
  });

  it('Ctrl+Enter saves once, however often it is pressed while saving', async () => {
    let finish: () => void = () => {};
    const saveNote = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { card } = renderCard('GRT', { saveNote });
    click(card.querySelector('.note button'));
    input(card.querySelector('textarea'), 'Once');
    const field = card.querySelector('textarea')!;
    for (let i = 0; i < 3; i++)
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await flush();
    finish();
    await flush();
    expect(saveNote).toHaveBeenCalledTimes(1);
  });
});

describe('Watch and Mute on the card', () => {
  const buttons = (card: Element) => [...card.querySelectorAll<HTMLButtonElement>('.tickers button')];

  it('offers Watch and Mute for the ticker, not pressed, and says nothing of muting', () => {
    const { card } = renderCard('GRT');
    expect(buttons(card).map((button) => [text(button), button.getAttribute('aria-pressed')])).toEqual([
      ['Watch $GRT', 'false'],
      ['Mute $GRT', 'false'],
    ]);
    expect(card.querySelector('.muted-note')).toBeNull();
  });

  it('a press asks for the change of that list only, and does not pin the card', () => {
    const setTicker = vi.fn(async () => {});
    const { card, props } = renderCard('PEPE', { tickers: { watched: false, muted: false, setTicker } });
    click(buttons(card)[1]!);
    expect(setTicker).toHaveBeenCalledWith('muted', true);
    click(buttons(card)[0]!);
    expect(setTicker).toHaveBeenLastCalledWith('watched', true);
    expect(props.pin).not.toHaveBeenCalled();
  });

  it('a muted ticker’s card says so, and its button unmutes', () => {
    const setTicker = vi.fn(async () => {});
    const { card } = renderCard('PEPE', { tickers: { watched: true, muted: true, setTicker } });
    expect(text(card.querySelector('.muted-note'))).toContain('You muted $PEPE');
    expect(buttons(card).map((button) => [text(button), button.getAttribute('aria-pressed')])).toEqual([
      ['Unwatch $PEPE', 'true'],
      ['Unmute $PEPE', 'true'],
    ]);
    click(buttons(card)[1]!);
    expect(setTicker).toHaveBeenCalledWith('muted', false);
  });

  it('a refused change says why', async () => {
    const setTicker = vi.fn(async () => {
      throw new Error('The list is full.');
    });
    const { card } = renderCard('PEPE', { tickers: { watched: false, muted: false, setTicker } });
    click(buttons(card)[1]!);
    await flush();
    expect(text(card.querySelector('.tickers [role="alert"]'))).toBe('Nothing changed: The list is full.');
  });

  it('in Chinese', () => {
    const { card } = renderCard('BTC', { tickers: { watched: false, muted: true, setTicker: vi.fn() } }, 'zh_CN');
    expect(buttons(card).map(text)).toEqual(['关注 $BTC', '取消静音 $BTC']);
    expect(text(card.querySelector('.muted-note'))).toContain('你已静音 $BTC');
  });
});
