import { beginFixture, postCell, type PostUser } from '../tests/fixtures/source/x-markup.mjs';

/**
 * Generates an X-like timeline with the fixture pages' markup: about a third of the posts carry one
 * or more cashtags (some in quoted posts), many carry dollar amounts, mentions, hashtags and links.
 * Deterministic, so every run and every browser sees the same posts.
 *
 * Quoted posts are drawn as real X draws them (see ../shared/real-x/README.md and the fixtures'
 * generator): every entity in a quote is a bare `<span dir="ltr">`, so its cashtags are plain text.
 * With `quotes: 'plain'` one post in five of the plain ones also quotes a post with cashtags.
 */
const USERS: PostUser[] = [
  { name: 'Graph Notes', handle: 'graphnotes', verified: true, avatarColour: '#6f4cff', initials: 'GN' },
  { name: 'Sats Stacker', handle: 'satstacker', avatarColour: '#f7931a', initials: 'SS' },
  { name: 'Market Moves', handle: 'marketmoves_', verified: true, avatarColour: '#1d4ed8', initials: 'MM' },
  { name: 'Lena | L1 watcher', handle: 'layer1lena', avatarColour: '#0ea5a4', initials: 'L' },
  { name: 'grace', handle: 'gm_grace', avatarColour: '#db2777', initials: 'G' },
  { name: 'ChainPulse News', handle: 'chainpulse_news', verified: true, avatarColour: '#0f766e', initials: 'CP' },
];
const SYMBOLS = [
  'GRT',
  'BTC',
  'ETH',
  'SOL',
  'DOGE',
  'AMZN',
  'USDC',
  'PEPE',
  'LINK',
  'NVDA',
  'ARB',
  'TSLA',
  'HOOD',
  'AVAX',
];
const PLAIN = [
  'Long day. Coffee first, charts later.',
  'Shipping a small fix to the indexer today, thanks @dana for the review.',
  'Spot demand still thin; funding flat. Watching the weekly close. #crypto',
  'New write-up on validator economics: https://example.com/notes/validators',
  'If your thesis needs a chart to convince you, it is not a thesis.',
  'Paid $5.99 for a coffee and the barista asked if I take stablecoins. Not yet.',
];

/** A small, fixed pseudo-random sequence: the same timeline on every run. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export interface Timeline {
  posts: string[];
  /** Cashtag links across all posts, to check the extension marked them all. */
  cashtagLinks: number;
}

export interface TimelineOptions {
  seed?: number;
  /** `plain`: more quoted posts with plain-text cashtags (one plain post in five quotes one). */
  quotes?: 'few' | 'plain';
}

export function generateTimeline(count: number, { seed = 7, quotes = 'few' }: TimelineOptions = {}): Timeline {
  beginFixture('light', 'rgb(29, 155, 240)');
  const random = sequence(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const posts: string[] = [];
  for (let index = 0; index < count; index++) {
    const user = pick(USERS);
    const roll = random();
    let text: string;
    let quote: ({ text: string } & PostUser) | undefined;
    if (roll < 0.2) {
      const price = `$${(10 + random() * 400).toFixed(2)} (+${(random() * 5).toFixed(2)}%)`;
      text = `$${pick(SYMBOLS)} at ${price} after the open. Volume ${Math.round(random() * 900)}M.`;
    } else if (roll < 0.28) {
      const green = `$${pick(SYMBOLS)} $${pick(SYMBOLS)} $${pick(SYMBOLS)}`;
      text = `Rotation day: ${green} all green, $${pick(SYMBOLS)} lagging.`;
    } else if (roll < 0.34) {
      text = `This is the take on $${pick(SYMBOLS)} I keep coming back to.`;
      quote = {
        ...pick(USERS),
        text: `Thread: why $${pick(SYMBOLS)} holders should read the governance forum this week.`,
      };
    } else {
      text = pick(PLAIN);
      if (quotes === 'plain' && random() < 0.2) {
        const symbols = `$${pick(SYMBOLS)} and $${pick(SYMBOLS)}`;
        quote = { ...pick(USERS), text: `Quoting the weekly close: ${symbols} held their range.` };
      }
    }
    const cell = postCell({ ...user, text, ...(quote && { quote }), timeLabel: `${1 + (index % 23)}h` });
    posts.push(cell);
  }
  return { posts, cashtagLinks: posts.join('').split('src=cashtag_click').length - 1 };
}
