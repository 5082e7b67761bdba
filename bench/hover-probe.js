// Installed in the bench page before anything else runs (an init script), so its listener is the
// first to see each pointer event. For every pointer event that lands on a marked cashtag it
// records, from the moment the page starts dispatching the event:
// - when the card for that cashtag is in the DOM, drawn and placed (the extension's own work);
// - the animation frame in which the card first exists, the frame that paints it (adds the wait
//   for the browser's next frame);
// and the latter from the event's own timestamp too (adds the browser's input queueing).
// Plain JS, evaluated as text: bundlers' helpers must not leak into the page.
(() => {
  const probe = { pending: null, latencies: [], inputLatencies: [], workLatencies: [] };
  window.hoverProbe = probe;
  addEventListener(
    'pointerover',
    (event) => {
      const link = event.target.closest && event.target.closest('a[data-cashtag]');
      if (!link) return;
      const pending = { symbol: link.getAttribute('data-cashtag'), dispatched: performance.now(), created: event.timeStamp };
      probe.pending = pending;
      // The card's last mutation before its frame tells when it was drawn and placed.
      const host = document.querySelector('cashtag-context');
      if (!host) return;
      const observer = new MutationObserver(() => {
        if (probe.pending === pending) pending.work = performance.now() - pending.dispatched;
      });
      observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => observer.disconnect(), 1000);
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
        if (pending.work !== undefined) probe.workLatencies.push(pending.work);
        probe.inputLatencies.push(now - pending.created);
        probe.pending = null;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
