// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { closeOnSwipeDown, SWIPE_CLOSES_PX } from '../../../src/card/card-swipe';

/** The sheet as the card view draws it: a container, the card, its handle and some text. */
function sheet() {
  const container = document.createElement('div');
  const card = document.createElement('div');
  card.className = 'card';
  const grab = document.createElement('div');
  grab.className = 'grab';
  const text = document.createElement('p');
  card.append(grab, text);
  container.append(card);
  document.body.append(container);
  const close = vi.fn();
  closeOnSwipeDown(container, close);
  const pointer = (type: string, target: Element, clientY: number, pointerId = 1) =>
    target.dispatchEvent(new PointerEvent(type, { clientY, pointerId, pointerType: 'touch', bubbles: true }));
  return { card, grab, text, close, pointer };
}

describe('the bottom sheet’s swipe', () => {
  it('follows the finger down the handle, and closes past the threshold', () => {
    const { card, grab, close, pointer } = sheet();
    pointer('pointerdown', grab, 100);
    expect(card.classList.contains('dragged')).toBe(true);
    pointer('pointermove', grab, 130);
    expect(card.style.translate).toBe('0 30px');
    // Dragged up past where it started, the sheet stays in place rather than leaving the edge.
    pointer('pointermove', grab, 80);
    expect(card.style.translate).toBe('');
    pointer('pointermove', grab, 100 + SWIPE_CLOSES_PX);
    pointer('pointerup', grab, 100 + SWIPE_CLOSES_PX);
    expect(close).toHaveBeenCalledOnce();
    expect(card.style.translate).toBe('');
    expect(card.classList.contains('dragged')).toBe(false);
  });

  it('slides back when let go short of it, or when the browser cancels the touch', () => {
    const { card, grab, close, pointer } = sheet();
    pointer('pointerdown', grab, 100);
    pointer('pointermove', grab, 120);
    pointer('pointerup', grab, 120);
    pointer('pointerdown', grab, 100);
    pointer('pointermove', grab, 200);
    pointer('pointercancel', grab, 200);
    expect(close).not.toHaveBeenCalled();
    expect(card.style.translate).toBe('');
  });

  it('follows only the finger that pressed the handle: a second finger neither moves nor resets it', () => {
    const { card, grab, text, close, pointer } = sheet();
    pointer('pointerdown', grab, 100, 1);
    pointer('pointermove', grab, 130, 1);
    pointer('pointerdown', text, 300, 2);
    pointer('pointermove', text, 400, 2);
    pointer('pointerup', text, 400, 2);
    expect(card.style.translate).toBe('0 30px');
    expect(close).not.toHaveBeenCalled();
    pointer('pointerup', grab, 100 + SWIPE_CLOSES_PX, 1);
    expect(close).toHaveBeenCalledOnce();
  });

  it('does nothing for a finger on the sheet’s text, which scrolls the sheet instead', () => {
    const { card, text, close, pointer } = sheet();
    pointer('pointerdown', text, 100);
    pointer('pointermove', text, 200);
    pointer('pointerup', text, 200);
    expect(card.style.translate).toBe('');
    expect(close).not.toHaveBeenCalled();
  });
});
