// Installed in the bench page before anything else runs (an init script), so its listener is the
// first to see each pointer event. For every pointer event that lands on a marked cashtag it
// records two times to the animation frame in which that cashtag's card first exists (the frame
// that paints it):
// - from the moment the page starts dispatching the event (our work plus the wait for the frame);
// - from the event's own timestamp (adds the browser's input queueing, which no page controls).
// Plain JS, evaluated as text: bundlers' helpers must not leak into the page.
(() => {
  const probe = { pending: null, latencies: [], inputLatencies: [] };
  window.hoverProbe = probe;
  addEventListener(
    'pointerover',
    (event) => {
      const link = event.target.closest && event.target.closest('a[data-cashtag]');
      if (link) probe.pending = { symbol: link.getAttribute('data-cashtag'), dispatched: performance.now(), created: event.timeStamp };
    },
    true,
  );
  const check = () => {
    const pending = probe.pending;
    if (pending) {
      const host = document.querySelector('cashtag-context');
      const card = host && host.shadowRoot && host.shadowRoot.querySelector('div:not([hidden]) > .card');
      if (card && card.getAttribute('data-symbol') === pending.symbol) {
        const now = performance.now();
        probe.latencies.push(now - pending.dispatched);
        probe.inputLatencies.push(now - pending.created);
        probe.pending = null;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
