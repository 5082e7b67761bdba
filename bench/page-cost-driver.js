// The page's own code in the page-cost workload, served as its own script so a trace tells its
// work from the extension's. It re-appends clones of post cells the way X's virtual list does while
// a reader scrolls: new cells at the end, placed absolutely with `translateY` after their height is
// measured, the oldest beyond a window removed, the document scrolled to the newest. One batch per
// animation frame, so both runs of a pair do the same work in the same number of frames.
// It also records the gaps between animation frames: Firefox has no Chrome trace to read.
// Plain JS, evaluated as text: bundlers' helpers must not leak into the page.
(() => {
  const CELL = '[data-testid="cellInnerDiv"]';
  const QUOTED_TEXT = 'article div[role="link"] [data-testid="tweetText"]';
  const PLAIN_SYMBOLS = ['SOL', 'BTC', 'GRT', 'DOGE', 'ETH'];

  /** Cells holding a post; the rest (headings, "Show more" rows) are not what X re-appends. */
  const postCells = (root) => [...root.querySelectorAll(CELL)].filter((cell) => cell.querySelector('article'));

  /**
   * X links no entity inside a quoted post: a cashtag there is a bare `<span dir="ltr">`, inside
   * the same wrapper span as a link (see ../shared/real-x/README.md). A capture whose quotes hold
   * none gets one such cashtag per quoted post, in the classes of the quote's own text spans.
   */
  function addPlainCashtags(cells) {
    let added = 0;
    for (const text of cells.flatMap((cell) => [...cell.querySelectorAll(QUOTED_TEXT)])) {
      if (/(^|\s)\$[A-Za-z]{1,6}\b/.test(text.textContent)) continue;
      const textClass = text.querySelector('span')?.className ?? '';
      const space = document.createElement('span');
      space.className = textClass;
      space.textContent = ' ';
      const wrapper = document.createElement('span');
      wrapper.className = 'r-18u37iz';
      const entity = document.createElement('span');
      entity.dir = 'ltr';
      entity.className = textClass;
      entity.textContent = `$${PLAIN_SYMBOLS[added++ % PLAIN_SYMBOLS.length]}`;
      wrapper.append(entity);
      text.append(space, wrapper);
    }
    return added;
  }

  const driver = {
    templates: [],
    list: null,
    next: 0,
    offset: 0,
    /**
     * Takes the post cells to re-append: the generated posts at `postsUrl` (the fixtures'
     * markup), or else the cells already on the page (a real capture). Empties the list.
     */
    async load({ postsUrl, addPlainCashtags: add } = {}) {
      const onPage = postCells(document);
      if (!onPage.length) throw new Error('No post cells ([data-testid="cellInnerDiv"] with an <article>) on the page');
      this.list = onPage[0].parentElement;
      if (postsUrl) {
        const posts = await (await fetch(postsUrl)).json();
        this.templates = posts.map((html) => postCells(new DOMParser().parseFromString(html, 'text/html'))[0]);
      } else {
        this.templates = onPage.map((cell) => cell.cloneNode(true));
      }
      const plainAdded = add ? addPlainCashtags(this.templates) : 0;
      for (const cell of this.list.querySelectorAll(CELL)) cell.remove();
      if (getComputedStyle(this.list).position === 'static') this.list.style.position = 'relative';
      this.list.style.minHeight = '0px';
      this.next = 0;
      this.offset = 0;
      scrollTo(0, 0);
      const quotedPlain = this.templates.filter((cell) =>
        [...cell.querySelectorAll(QUOTED_TEXT)].some((text) => /(^|\s)\$[A-Za-z]{1,6}\b/.test(text.textContent)),
      ).length;
      return { templates: this.templates.length, quotedWithPlainCashtag: quotedPlain, plainAdded };
    },
    appendBatch(count, keep) {
      const added = [];
      for (let i = 0; i < count; i++) {
        const cell = this.templates[this.next++ % this.templates.length].cloneNode(true);
        cell.style.position = 'absolute';
        cell.style.width = '100%';
        cell.style.transform = `translateY(${this.offset}px)`;
        this.list.append(cell);
        added.push(cell);
      }
      // X measures each new cell, then places it below the last.
      const heights = added.map((cell) => cell.offsetHeight);
      added.forEach((cell, index) => {
        cell.style.transform = `translateY(${this.offset}px)`;
        this.offset += heights[index];
      });
      this.list.style.minHeight = `${this.offset}px`;
      while (this.list.childElementCount > keep) this.list.firstElementChild.remove();
      document.scrollingElement.scrollTop = Math.max(0, this.offset - innerHeight);
    },
    /** Appends `cells` cells, `batch` per animation frame; resolves after the last one is painted. */
    run({ cells, batch, keep }) {
      return new Promise((resolve) => {
        const gaps = [];
        let appended = 0;
        let last = 0;
        let started = 0;
        const frame = (now) => {
          if (last) gaps.push(now - last);
          else started = now;
          last = now;
          if (appended >= cells) {
            const marked = document.querySelectorAll('a[data-cashtag]').length;
            resolve({ wallMs: now - started, frames: gaps.length, gaps, marked });
            return;
          }
          const count = Math.min(batch, cells - appended);
          this.appendBatch(count, keep);
          appended += count;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
  };
  window.pageCost = driver;
})();
