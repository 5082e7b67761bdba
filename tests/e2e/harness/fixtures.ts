import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

/** What a fixture's `<name>.expect.json` says the extension must find on it. */
export interface FixtureExpectation {
  url: string;
  theme: 'light' | 'dark' | 'dim' | 'contrast';
  links: string[];
  plain: { symbol: string; where: string; marked?: boolean }[];
}

export function expectationFor(fixture: string): FixtureExpectation {
  const file = path.join(FIXTURES_DIR, fixture.replace(/\.html$/, '.expect.json'));
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function allFixtures(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
}
