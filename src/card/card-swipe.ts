/** How far down the sheet's handle must be dragged to close the sheet. */
export const SWIPE_CLOSES_PX = 48;

/**
 * A downward swipe on the bottom sheet's handle closes it, and the sheet follows the finger on
 * the way: its `translate` (the position lives in `transform`) takes the distance dragged. Let go
 * short of the threshold and it slides back. Nothing runs while no handle is held (a touch
 * pointer stays captured by the handle it pressed, and the handle's `touch-action: none` keeps
 * the browser from scrolling X's page).
 */
export function closeOnSwipeDown(container: HTMLElement, close: () => void): void {
  let drag: { startY: number; card: HTMLElement } | undefined;
  const follow = (distance: number) => {
    if (drag) drag.card.style.translate = distance > 0 ? `0 ${Math.round(distance)}px` : '';
  };
  const end = (event: PointerEvent, cancelled: boolean) => {
    if (!drag) return;
    const closes = !cancelled && event.clientY - drag.startY >= SWIPE_CLOSES_PX;
    follow(0);
    drag.card.classList.remove('dragged');
    drag = undefined;
    // The card is hidden in this same task, so it never shows back in place first.
    if (closes) close();
  };
  container.addEventListener('pointerdown', (event) => {
    const target = event.target as Element;
    const card = target.classList.contains('grab') ? target.closest<HTMLElement>('.card') : null;
    drag = card ? { startY: event.clientY, card } : undefined;
    card?.classList.add('dragged');
  });
  container.addEventListener('pointermove', (event) => {
    if (drag) follow(event.clientY - drag.startY);
  });
  container.addEventListener('pointerup', (event) => end(event, false));
  container.addEventListener('pointercancel', (event) => end(event, true));
}
