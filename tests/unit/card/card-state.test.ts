import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardMachine } from '../../../src/card/card-machine';
import { cardPhase, type CardRules } from '../../../src/card/card-state';
import { CLOSE_GRACE_MS } from '../../../src/card/hover-intent';

/** A cashtag as the machine sees it: its anchor and element are identities, nothing more. */
interface Target {
  symbol: string;
  anchor: object;
  element: object;
  plain: boolean;
}

function cashtag(symbol: string): Target {
  return { symbol, anchor: { symbol }, element: { focusable: symbol }, plain: false };
}

/** The machine with its real timers (faked by vitest) and a record of what it asked the page to do. */
function setup(overrides: Partial<CardRules<Target>> = {}) {
  const rules: CardRules<Target> = {
    openOn: 'hover-focus',
    touchOpen: 'tap',
    hoverDelayMs: 300,
    hasCard: () => true,
    ...overrides,
  };
  const done: string[] = [];
  const targets = new Map<object, Target>();
  const machine = createCardMachine<Target>(
    () => rules,
    (effect, state) => {
      done.push(effect === 'render' ? (state.open ? `render ${state.open.target.symbol}` : 'hide') : effect);
      // The browser fires focus on the element we focus: the machine must take it for ours.
      const target = effect === 'returnFocus' && targets.get(state.returningFocusTo!);
      if (target) machine.send({ type: 'focus', target });
    },
  );
  const on = (target: Target) => {
    targets.set(target.element, target);
    return target;
  };
  return {
    machine,
    rules,
    done,
    on,
    phase: () => cardPhase(machine.state()),
    shown: () => machine.state().open?.target.symbol,
    /** What the machine did since the last call. */
    take: () => done.splice(0),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('hover intent', () => {
  it('opens after the pointer rests on a cashtag for the hover delay', () => {
    const { machine, phase, take } = setup();
    machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    expect(phase()).toBe('opening');
    vi.advanceTimersByTime(299);
    expect(take()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(phase()).toBe('open');
    expect(take()).toEqual(['render GRT', 'place']);
  });

  it('a quick pass opens nothing', () => {
    const { machine, phase, take } = setup();
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    vi.advanceTimersByTime(80);
    machine.send({ type: 'pointerLeave', target: grt });
    expect(phase()).toBe('closed');
    vi.advanceTimersByTime(5000);
    expect(take()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads the delay from the settings when the pointer arrives; 0 opens at once', () => {
    const { machine, rules, shown } = setup({ hoverDelayMs: 1200 });
    machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    vi.advanceTimersByTime(1199);
    expect(shown()).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(shown()).toBe('GRT');

    rules.hoverDelayMs = 0;
    machine.send({ type: 'pointerEnter', target: cashtag('BTC') });
    expect(shown()).toBe('BTC');
  });

  it('stays open while the pointer travels into the card within the grace period', () => {
    const { machine, phase, shown } = setup({ hoverDelayMs: 0 });
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    machine.send({ type: 'pointerLeave', target: grt });
    expect(phase()).toBe('closing');
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    machine.send({ type: 'cardPointerEnter' });
    expect(phase()).toBe('open');
    vi.advanceTimersByTime(10_000);
    expect(shown()).toBe('GRT');
  });

  it('closes once the pointer has left both the cashtag and the card', () => {
    const { machine, phase, take } = setup({ hoverDelayMs: 0 });
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    machine.send({ type: 'pointerLeave', target: grt });
    machine.send({ type: 'cardPointerEnter' });
    machine.send({ type: 'cardPointerLeave' });
    take();
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(phase()).toBe('closed');
    expect(take()).toEqual(['hide']);
  });

  it('coming back onto the same cashtag in the grace period keeps the card', () => {
    const { machine, phase } = setup({ hoverDelayMs: 0 });
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    machine.send({ type: 'pointerLeave', target: grt });
    machine.send({ type: 'pointerEnter', target: grt });
    vi.advanceTimersByTime(10_000);
    expect(phase()).toBe('open');
  });

  it('moving straight to another cashtag closes the first card and then opens the second', () => {
    const { machine, shown, phase } = setup();
    const [grt, btc] = [cashtag('GRT'), cashtag('BTC')];
    machine.send({ type: 'pointerEnter', target: grt });
    vi.advanceTimersByTime(300);
    machine.send({ type: 'pointerLeave', target: grt });
    vi.advanceTimersByTime(10);
    machine.send({ type: 'pointerEnter', target: btc });
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 10);
    expect(shown()).toBeUndefined();
    expect(phase()).toBe('opening');
    vi.advanceTimersByTime(10);
    expect(shown()).toBe('BTC');
  });

  it('a card opened by the keyboard is not closed by the pointer leaving a cashtag', () => {
    const { machine, phase } = setup();
    const grt = cashtag('GRT');
    machine.send({ type: 'focus', target: grt });
    machine.send({ type: 'pointerLeave', target: grt });
    vi.advanceTimersByTime(10_000);
    expect(phase()).toBe('open');
  });

  it('unsaved note text keeps the card open when the pointer leaves', () => {
    const { machine, phase } = setup({ hoverDelayMs: 0 });
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    machine.send({ type: 'dirty', dirty: true });
    machine.send({ type: 'pointerLeave', target: grt });
    machine.send({ type: 'cardPointerLeave' });
    vi.advanceTimersByTime(10_000);
    expect(phase()).toBe('open');
  });

  it('a symbol without an answer opens nothing', () => {
    const { machine, phase, take } = setup({ hasCard: (target) => target.symbol !== 'NOPE' });
    machine.send({ type: 'pointerEnter', target: cashtag('NOPE') });
    vi.advanceTimersByTime(1000);
    expect(phase()).toBe('closed');
    expect(take()).toEqual([]);
  });
});

describe('pinning', () => {
  it('a click on the card pins it: the pointer leaving and other cashtags no longer close it', () => {
    const { machine, phase, shown, take } = setup({ hoverDelayMs: 0 });
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    machine.send({ type: 'pointerLeave', target: grt });
    machine.send({ type: 'cardPointerEnter' });
    take();
    machine.send({ type: 'pin' });
    expect(take()).toEqual(['render GRT']);
    machine.send({ type: 'cardPointerLeave' });
    machine.send({ type: 'pointerEnter', target: cashtag('BTC') });
    vi.advanceTimersByTime(10_000);
    expect(phase()).toBe('pinned');
    expect(shown()).toBe('GRT');
  });

  it('a pinned card closes on a press outside it, unless it holds unsaved text', () => {
    const { machine, phase } = setup({ hoverDelayMs: 0 });
    machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    machine.send({ type: 'pin' });
    machine.send({ type: 'dirty', dirty: true });
    machine.send({ type: 'pointerDownOutside' });
    expect(phase()).toBe('pinned');
    machine.send({ type: 'dirty', dirty: false });
    machine.send({ type: 'pointerDownOutside' });
    expect(phase()).toBe('closed');
  });

  it('a press outside an unpinned card leaves it to hover intent', () => {
    const { machine, phase } = setup({ hoverDelayMs: 0 });
    machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    machine.send({ type: 'pointerDownOutside' });
    expect(phase()).toBe('open');
  });

  it('its close button closes it and returns focus to the cashtag', () => {
    const { machine, phase, take, on } = setup({ hoverDelayMs: 0 });
    machine.send({ type: 'pointerEnter', target: on(cashtag('GRT')) });
    machine.send({ type: 'pin' });
    take();
    machine.send({ type: 'dismiss' });
    expect(take()).toEqual(['hide', 'returnFocus']);
    expect(phase()).toBe('closed');
  });

  it('reopening the same cashtag keeps its opening and its pin; another cashtag is a new opening', () => {
    const { machine } = setup({ openOn: 'hover-focus', hoverDelayMs: 0 });
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    const first = machine.state().open!.opening;
    machine.send({ type: 'pin' });
    machine.send({ type: 'key', key: 'ArrowDown', inCard: false, onCashtag: true });
    expect(machine.state().open).toMatchObject({ opening: first, pinned: true });
    machine.send({ type: 'navigate' });
    machine.send({ type: 'pointerEnter', target: cashtag('BTC') });
    expect(machine.state().open!.opening).toBe(first + 1);
  });

  it('navigation closes a pinned card and cancels a pending one', () => {
    const { machine, phase } = setup({ hoverDelayMs: 0 });
    machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    machine.send({ type: 'pin' });
    machine.send({ type: 'navigate' });
    expect(phase()).toBe('closed');

    const slow = setup();
    slow.machine.send({ type: 'pointerEnter', target: cashtag('BTC') });
    slow.machine.send({ type: 'navigate' });
    vi.advanceTimersByTime(1000);
    expect(slow.phase()).toBe('closed');
  });

  it('a cashtag that scrolls out of sight or leaves the page takes even a pinned card with it', () => {
    const { machine, phase, take } = setup({ hoverDelayMs: 0 });
    machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    machine.send({ type: 'pin' });
    take();
    machine.send({ type: 'lost' });
    expect(phase()).toBe('closed');
    // Focus stays where the reader left it: the cashtag is gone or off screen.
    expect(take()).toEqual(['hide']);
  });
});

describe('open on click', () => {
  it('hovering opens nothing; a click opens the card pinned and takes the click from X', () => {
    const { machine, phase } = setup({ openOn: 'click' });
    const btc = cashtag('BTC');
    machine.send({ type: 'pointerEnter', target: btc });
    vi.advanceTimersByTime(10_000);
    expect(phase()).toBe('closed');
    expect(machine.send({ type: 'click', target: btc })).toBe(true);
    expect(phase()).toBe('pinned');
  });

  it('a second click on the same cashtag closes it and returns focus to it', () => {
    const { machine, phase, take, on } = setup({ openOn: 'click' });
    const btc = on(cashtag('BTC'));
    machine.send({ type: 'click', target: btc });
    take();
    expect(machine.send({ type: 'click', target: btc })).toBe(true);
    expect(take()).toEqual(['hide', 'returnFocus']);
    expect(phase()).toBe('closed');
  });

  it('in the hover modes a click on a cashtag is X’s', () => {
    const { machine, phase } = setup();
    expect(machine.send({ type: 'click', target: cashtag('BTC') })).toBe(false);
    expect(phase()).toBe('closed');
  });
});

describe('keyboard', () => {
  it('focus on a cashtag opens its card at once, marked as opened by keyboard', () => {
    const { machine, take } = setup();
    machine.send({ type: 'focus', target: cashtag('GRT') });
    expect(machine.state().open).toMatchObject({ keyboard: true, pinned: false });
    expect(take()).toEqual(['render GRT', 'place']);
  });

  it('focus opens nothing when the card opens on hover only or on click', () => {
    for (const openOn of ['hover', 'click'] as const) {
      const { machine, phase } = setup({ openOn });
      machine.send({ type: 'focus', target: cashtag('GRT') });
      expect(phase()).toBe('closed');
    }
  });

  it('Esc closes the card and returns focus to the cashtag, and that focus does not reopen it', () => {
    const { machine, phase, take, on } = setup();
    const grt = on(cashtag('GRT'));
    machine.send({ type: 'focus', target: grt });
    take();
    expect(machine.send({ type: 'key', key: 'Escape', inCard: false, onCashtag: true })).toBe(true);
    expect(take()).toEqual(['hide', 'returnFocus']);
    expect(phase()).toBe('closed');
    // Later focus on it (Tab away and back) opens it as usual.
    machine.send({ type: 'focus', target: grt });
    expect(phase()).toBe('open');
  });

  it('Esc inside the card returns focus to the cashtag; Esc elsewhere on the page only closes', () => {
    const inside = setup();
    inside.machine.send({ type: 'focus', target: inside.on(cashtag('GRT')) });
    inside.machine.send({ type: 'key', key: 'Escape', inCard: true, onCashtag: false });
    expect(inside.take()).toContain('returnFocus');

    const elsewhere = setup({ hoverDelayMs: 0 });
    elsewhere.machine.send({ type: 'pointerEnter', target: cashtag('GRT') });
    elsewhere.take();
    elsewhere.machine.send({ type: 'key', key: 'Escape', inCard: false, onCashtag: false });
    expect(elsewhere.take()).toEqual(['hide']);
  });

  it('keys with no card open are X’s', () => {
    const { machine } = setup();
    expect(machine.send({ type: 'key', key: 'Escape', inCard: false, onCashtag: false })).toBe(false);
    expect(machine.send({ type: 'key', key: 'ArrowDown', inCard: false, onCashtag: true })).toBe(false);
  });

  it('↓ on the cashtag pins the card and moves focus into it; ↓ anywhere else is not ours', () => {
    const { machine, phase, take } = setup();
    machine.send({ type: 'focus', target: cashtag('GRT') });
    take();
    expect(machine.send({ type: 'key', key: 'ArrowDown', inCard: false, onCashtag: false })).toBe(false);
    expect(machine.send({ type: 'key', key: 'ArrowDown', inCard: true, onCashtag: false })).toBe(false);
    expect(take()).toEqual([]);
    expect(machine.send({ type: 'key', key: 'ArrowDown', inCard: false, onCashtag: true })).toBe(true);
    expect(take()).toEqual(['render GRT', 'focusCard']);
    expect(phase()).toBe('pinned');
  });

  it('focus leaving the cashtag closes its card, unless it moves into the card', () => {
    const { machine, phase } = setup();
    const grt = cashtag('GRT');
    machine.send({ type: 'focus', target: grt });
    machine.send({ type: 'blur', target: grt, intoCard: true });
    expect(phase()).toBe('open');
    machine.send({ type: 'blur', target: cashtag('BTC'), intoCard: false });
    expect(phase()).toBe('open');
    // The window losing focus (another tab) is a blur to nowhere: the card closes.
    machine.send({ type: 'blur', target: grt, intoCard: false });
    expect(phase()).toBe('closed');
  });

  it('a pinned card ignores focus moving between cashtags', () => {
    const { machine, shown } = setup();
    const grt = cashtag('GRT');
    machine.send({ type: 'focus', target: grt });
    machine.send({ type: 'key', key: 'ArrowDown', inCard: false, onCashtag: true });
    machine.send({ type: 'blur', target: grt, intoCard: false });
    machine.send({ type: 'focus', target: cashtag('BTC') });
    expect(shown()).toBe('GRT');
  });
});

describe('touch', () => {
  it('a tap opens the card pinned in every mode and takes the tap from X; a second tap closes it', () => {
    for (const openOn of ['hover-focus', 'hover', 'click'] as const) {
      const { machine, phase, take } = setup({ openOn });
      const btc = cashtag('BTC');
      expect(machine.send({ type: 'tap', target: btc })).toBe(true);
      expect(phase()).toBe('pinned');
      take();
      expect(machine.send({ type: 'tap', target: btc })).toBe(true);
      // No keyboard focus to give back on a touch screen.
      expect(take()).toEqual(['hide']);
    }
  });

  it('with long presses chosen, a tap is left to X and opens nothing', () => {
    const { machine, phase } = setup({ touchOpen: 'long-press' });
    expect(machine.send({ type: 'tap', target: cashtag('BTC') })).toBe(false);
    expect(phase()).toBe('closed');
    expect(machine.send({ type: 'longPress', target: cashtag('BTC') })).toBe(true);
    expect(phase()).toBe('pinned');
  });

  it('a long press opens the card pinned', () => {
    const { machine, phase } = setup({ openOn: 'hover' });
    expect(machine.send({ type: 'longPress', target: cashtag('BTC') })).toBe(true);
    expect(phase()).toBe('pinned');
  });

  it('a tap outside closes the card, unless it holds unsaved text', () => {
    const { machine, phase } = setup();
    machine.send({ type: 'tap', target: cashtag('BTC') });
    machine.send({ type: 'dirty', dirty: true });
    machine.send({ type: 'tapOutside' });
    expect(phase()).toBe('pinned');
    machine.send({ type: 'dirty', dirty: false });
    machine.send({ type: 'tapOutside' });
    expect(phase()).toBe('closed');
  });
});

describe('the machine', () => {
  it('stop cancels both timers', () => {
    const { machine } = setup();
    const grt = cashtag('GRT');
    machine.send({ type: 'pointerEnter', target: grt });
    vi.advanceTimersByTime(300);
    machine.send({ type: 'pointerLeave', target: grt });
    machine.send({ type: 'pointerEnter', target: cashtag('BTC') });
    expect(vi.getTimerCount()).toBe(2);
    machine.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('names each phase', () => {
    const { machine, phase } = setup();
    const grt = cashtag('GRT');
    const phases = [phase()];
    machine.send({ type: 'pointerEnter', target: grt });
    phases.push(phase());
    vi.advanceTimersByTime(300);
    phases.push(phase());
    machine.send({ type: 'pointerLeave', target: grt });
    phases.push(phase());
    machine.send({ type: 'pin' });
    phases.push(phase());
    expect(phases).toEqual(['closed', 'opening', 'open', 'closing', 'pinned']);
  });
});
