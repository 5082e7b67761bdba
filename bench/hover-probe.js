// Installed in the bench page before anything else runs (an init script), so its listener is the
// first to see each pointer event. For every pointer event that lands on one of X's cashtag links
// it records, from the moment the page starts dispatching the event:
// - the first animation frame after it: how long any on-hover UI must wait for the browser's next
//   frame on this machine, with or without the extension (the page's own figure);
// - when the card for that cashtag is in the DOM, drawn and placed (the extension's own work);
// - the animation frame in which the card first exists, the frame that paints it, counted both in
//   milliseconds and in frames after the event (1 = the first frame the browser could paint);
// and the latter from the event's own timestamp too (adds the browser's input queueing).
// Beside these, the browser's own Event Timing entry for the pointer event: from the input to the
// next frame actually presented (`duration`, in 8 ms steps; only entries of 16 ms or more are
// reported), with or without the extension: the machine's figure for the page itself.
// Without the extension (`hoverProbe.pageOnly = true`), only the first and last are taken.
// Plain JS, evaluated as text: bundlers' helpers must not leak into the page.
(() => {
  const probe = {
    pageOnly: false,
    pending: null,
    latencies: [],
    inputLatencies: [],
    workLatencies: [],
    frameCounts: [],
    nextFrame: [],
    presented: [],
  };
  window.hoverProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (
        entry.name === 'pointerover' &&
        entry.target &&
        entry.target.closest &&
        entry.target.closest('a[href*="src=cashtag_click"]')
      )
        probe.presented.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16 });
  let frame = 0;
  addEventListener(
    'pointerover',
    (event) => {
      const link = event.target.closest?.('a[href*="src=cashtag_click"]');
      if (!link) return;
      const pending = {
        symbol: link.getAttribute('data-cashtag'),
        dispatched: performance.now(),
        created: event.timeStamp,
        frame,
      };
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
    frame++;
    const pending = probe.pending;
    if (pending) {
      const now = performance.now();
      if (pending.nextFrame === undefined) {
        pending.nextFrame = now - pending.dispatched;
        probe.nextFrame.push(pending.nextFrame);
      }
      const host = document.querySelector('cashtag-context');
      const card = host?.shadowRoot?.querySelector('div:not([hidden]) > .card');
      if (probe.pageOnly) {
        probe.pending = null;
      } else if (card && card.getAttribute('data-symbol') === pending.symbol) {
        probe.latencies.push(now - pending.dispatched);
        probe.frameCounts.push(frame - pending.frame);
        if (pending.work !== undefined) probe.workLatencies.push(pending.work);
        probe.inputLatencies.push(now - pending.created);
        probe.pending = null;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
