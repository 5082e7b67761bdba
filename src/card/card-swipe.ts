/** How far down the sheet's handle must be dragged to close the sheet. */
export const SWIPE_CLOSES_PX = 48;

/**
 * A downward swipe on the bottom sheet's handle closes it. Only where the swipe starts and ends
 * is read: no work while the finger moves (a touch pointer stays captured by the handle it
 * pressed, and the handle's `touch-action: none` keeps the browser from scrolling X's page).
 */
export function closeOnSwipeDown(container: HTMLElement, close: () => void): void {
  let startY: number | undefined;
  container.addEventListener('pointerdown', (event) => {
    startY = (event.target as Element).classList.contains('grab') ? event.clientY : undefined;
  });
  container.addEventListener('pointerup', (event) => {
    if (startY !== undefined && event.clientY - startY >= SWIPE_CLOSES_PX) close();
    startY = undefined;
  });
}
