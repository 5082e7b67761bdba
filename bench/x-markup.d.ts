// The fixture pages' markup builder (tests/fixtures/source/x-markup.mjs), as the bench uses it.
declare module '*/tests/fixtures/source/x-markup.mjs' {
  export interface PostUser {
    name: string;
    handle: string;
    verified?: boolean;
    avatarColour?: string;
    initials?: string;
  }
  export interface PostSpec extends PostUser {
    text: string;
    timeLabel?: string;
    quote?: PostUser & { text: string };
  }
  export function beginFixture(theme: 'light' | 'dark' | 'dim' | 'contrast', accent: string): void;
  export function postCell(post: PostSpec): string;
  /** A text run's `<span>` with X's text classes. */
  export function span(text: string, extra?: string): string;
  export const track: { links: string[]; plain: unknown[] };
}
