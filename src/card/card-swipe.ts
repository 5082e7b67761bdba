/** How far down the sheet's handle must be dragged to close the sheet. */
export const SWIPE_CLOSES_PX = 48;

/**
 * A downward swipe on the bottom sheet's handle closes it, and the sheet follows the finger on
 * the way: its `translate` (the position lives in `transform`) takes the distance dragged. Let go
 * short of the threshold and it slides back. The handle captures the pointer that pressed it, so
 * its moves and its release arrive here wherever it goes (a mouse too, in a narrow window), and
 * other pointers are ignored; the handle's `touch-action: none` keeps the browser from scrolling
 * X's page. The move listener returns at once while no handle is held.
 */
export function closeOnSwipeDown(container: HTMLElement, close: () => void): void {
  let drag: { pointerId: number; startY: number; card: HTMLElement } | undefined;
  const follow = (distance: number) => {
    if (drag) drag.card.style.translate = distance > 0 ? `0 ${Math.round(distance)}px` : '';
  };
  const release = () => {
    follow(0);
    drag?.card.classList.remove('dragged');
    drag = undefined;
  };
  const ours = (event: PointerEvent) => drag?.pointerId === event.pointerId;
  container.addEventListener('pointerdown', (event) => {
    if (drag) return;
    const target = event.target as Element;
    const card = target.classList.contains('grab') ? target.closest<HTMLElement>('.card') : null;
    if (!card) return;
    drag = { pointerId: event.pointerId, startY: event.clientY, card };
    card.classList.add('dragged');
    target.setPointerCapture(event.pointerId);
  });
  container.addEventListener('pointermove', (event) => {
    if (drag && ours(event)) follow(event.clientY - drag.startY);
  });
  container.addEventListener('pointerup', (event) => {
    if (!drag || !ours(event)) return;
    const closes = event.clientY - drag.startY >= SWIPE_CLOSES_PX;
    release();
    // The card is hidden in this same task, so it never shows back in place first.
    if (closes) close();
  });
  container.addEventListener('pointercancel', (event) => {
    if (drag && ours(event)) release();
  });
  container.addEventListener('lostpointercapture', (event) => {
    if (drag && ours(event)) release();
  });
}
