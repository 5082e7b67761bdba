// The naive reference annotator: what polling extensions do. On every mutation it rescans the
// whole document for cashtag links and re-marks each one, touching every link every time.
(() => {
  const rescan = () => {
    for (const link of document.querySelectorAll(
      'a[href*="src=cashtag_click"], a[href*="src=ctag"], a.twitter-cashtag',
    )) {
      const match = /^\$([A-Za-z][A-Za-z0-9_.]*)$/.exec((link.textContent || '').trim());
      if (match) link.setAttribute('data-naive-cashtag', match[1].toUpperCase());
    }
    for (const zone of document.querySelectorAll(
      '[data-testid="trend"], [data-testid="User-Name"], [data-testid="card.wrapper"]',
    )) {
      void /(^|\s)\$[A-Za-z]{1,6}\b/.test(zone.textContent || '');
    }
  };
  new MutationObserver((records) => {
    for (const record of records) if (record.addedNodes.length || record.removedNodes.length) rescan();
  }).observe(document.body, { childList: true, subtree: true });
  rescan();
})();
//# sourceURL=naive-annotator.js
