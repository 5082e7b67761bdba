/**
 * Every selector we use on X's pages, in one place. X's atomic class names (`css-175oi2r`,
 * `r-18u37iz`) change yearly, so nothing here keys on them: only `data-testid`, roles, `dir`,
 * href shapes and the pre-2020 class names that embeds still use. When X changes its markup, this
 * is the file to fix, and the fixtures in tests/fixtures are the pages to update.
 */

/**
 * X's own cashtag links, wherever they appear: post text, quoted posts, bios, user cells, X Pro.
 * `<a dir="ltr" href="/search?q=%24AAPL&src=cashtag_click" role="link">$AAPL</a>`; embedded and
 * pre-2020 posts use `src=ctag` and `<a class="twitter-cashtag"><s>$</s><b>NAS</b></a>`.
 */
export const CASHTAG_LINK = 'a[href*="src=cashtag_click"], a[href*="src=ctag"], a.twitter-cashtag';

/**
 * Containers whose links may be cashtags with an unusual href: since 2026 "smart cashtags" show
 * `$TICKER` but link elsewhere, and X Articles link loosely (`$FILE_PATH`). A link in here counts
 * only if its whole visible text is a cashtag (see mark-cashtag-links.ts).
 * - `tweetText`: the text of a post, and of a quoted post inside it.
 * - `UserDescription`: a profile's bio on its profile page.
 * - `UserCell`: an account in "Who to follow", followers lists and search's People tab.
 * - `twitterArticleRichTextView`: the body of an X Article (long-form post).
 */
export const CASHTAG_TEXT_CONTAINER = [
  '[data-testid="tweetText"]',
  '[data-testid="UserDescription"]',
  '[data-testid="UserCell"]',
  '[data-testid="twitterArticleRichTextView"]',
].join(', ');

/**
 * A cashtag we have read: one of X's links, or the span X draws for an unlinked one (a quoted
 * post's entity, a trend's name). The attribute holds the upper-cased symbol.
 */
export const MARKED_CASHTAG = '[data-cashtag]';
export const CASHTAG_ATTRIBUTE = 'data-cashtag';

/**
 * Post text, where X's rule is run over the visible text to find cashtags X did not link:
 * - a quoted post's `tweetText`: X links no entity in a quote, so `$SOL` is a bare
 *   `<span class="r-18u37iz"><span dir="ltr">$SOL</span></span>`;
 * - a post's own `tweetText`, should X ever stop linking a cashtag (or change its links so that
 *   CASHTAG_LINK no longer matches): its text is still a cashtag.
 */
export const POST_TEXT = '[data-testid="tweetText"]';

/**
 * A post in a timeline, a thread or a search result: `article[data-testid="tweet"]` inside X's
 * `div[data-testid="cellInnerDiv"]`. A quoted post is inside it (QUOTED_POST), so a rule on the
 * post that tests its marked cashtags covers the quote's too. Our stylesheet fades muted posts
 * with it; nothing is ever written on the post.
 */
export const POST = 'article[data-testid="tweet"]';

/**
 * A quoted post: not an `<article>` but `div[role="link"][tabindex="0"]` inside the outer post's
 * `article[data-testid="tweet"]`, with its own `User-Name` and `tweetText`. It takes keyboard focus
 * as one link, so focusing it is how a keyboard reaches the cashtags in its text.
 */
export const QUOTED_POST = 'article[data-testid="tweet"] div[role="link"][tabindex="0"]';

/**
 * Places where X shows cashtags as plain, unlinked text. We never touch these nodes: cashtags in
 * them are painted with the CSS Custom Highlight API and found under the pointer by hit-testing.
 * - `trend`: a row of "What's happening" / Explore (`$PEPE · Trending`), a clickable cell.
 * - `User-Name`: the display name and handle above a post (names like "Doge Maxi $DOGE").
 * - `UserName`: the display name in a profile's header.
 * - `card.wrapper`: a link preview card under a post; its title and description are plain text.
 */
export const PLAIN_TEXT_ZONE =
  '[data-testid="trend"], [data-testid="User-Name"], [data-testid="UserName"], [data-testid="card.wrapper"]';

/** Every zone whose text we read for unlinked cashtags: post text and the plain-text places. */
export const TEXT_ZONE = `${POST_TEXT}, ${PLAIN_TEXT_ZONE}`;

/**
 * A timeline cell, `div[data-testid="cellInnerDiv"]`: what X adds as one piece while scrolling. It
 * is never inside a link or a text zone, so a new cell needs no look at its ancestors.
 */
export const TIMELINE_CELL = '[data-testid="cellInnerDiv"]';

/**
 * Zones where the span X draws for a cashtag on its own (a quote's `<span dir="ltr">$SOL</span>`,
 * a trend's name `<span dir="ltr">$PEPE</span>`) is marked like a link. In display names and link
 * cards a cashtag is part of a name or a title, so nothing there is marked.
 */
export const ZONE_WITH_CASHTAG_SPANS = `${POST_TEXT}, [data-testid="trend"]`;

/**
 * Subtrees whose text must be skipped inside a plain-text zone: the post's timestamp link in
 * `User-Name` (`<a href="/user/status/…"><time>`), a date rather than display text. Handles need
 * no rule: they cannot hold a `$`.
 */
export const PLAIN_TEXT_SKIP = 'a[href^="/"][href*="/status/"], time';

/**
 * What takes keyboard focus around a plain-text cashtag, and gets it back on Esc: the trend row
 * itself (`[data-testid="trend"][role="link"][tabindex="0"]`), the display name's profile link in
 * `User-Name`, the link card's `<a>` in `card.wrapper`.
 */
export const FOCUSABLE_AROUND_PLAIN_TEXT = '[tabindex], a[href], button';

/**
 * Inside a plain-text zone: X draws each emoji as `<img alt="🚀" src="…/emoji/…">`, so it counts
 * as one character (not a space) when reading a display name such as `🚀$BTC`.
 */
export const EMOJI_TAG = 'img';

/**
 * Inside a plain-text zone: X's blocks that start a new line, such as a display name above its
 * handle, or a link card's title above its description. Tag names, read while walking the text.
 */
export const LINE_BREAK_TAGS: ReadonlySet<string> = new Set(['div', 'br']);
