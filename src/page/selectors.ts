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
export const CASHTAG_TEXT_CONTAINER =
  '[data-testid="tweetText"], [data-testid="UserDescription"], [data-testid="UserCell"], [data-testid="twitterArticleRichTextView"]';

/** A cashtag link we have already read; the attribute holds the upper-cased symbol. */
export const MARKED_CASHTAG = 'a[data-cashtag]';
export const CASHTAG_ATTRIBUTE = 'data-cashtag';

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
export const EMOJI_IMAGE = 'img';

/**
 * Inside a plain-text zone: X's blocks that start a new line, such as a display name above its
 * handle, or a link card's title above its description.
 */
export const LINE_BREAK = 'div, br';
