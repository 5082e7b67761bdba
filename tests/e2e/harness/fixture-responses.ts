import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** Every X host the content script matches, plus X's image CDN. */
export const X_URL = /^https:\/\/([a-z0-9-]+\.)?(x|twitter)\.com\//;
const TWIMG_URL = /^https:\/\/[a-z0-9-]+\.twimg\.com\//;
const SHARED_ASSET = /^\/__fixtures__\/([\w.-]+)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A neutral grey square for emoji, avatars and media: fixtures must not depend on X's CDN. */
const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">' +
  '<rect width="72" height="72" rx="12" fill="#cfd9de"/></svg>';

/**
 * Decides what the fake X answers. `pages` maps a URL (without the hash) to a fixture file name;
 * an X URL no test registered gets a 404 page, so a typo shows up as a failing test rather than a hang.
 */
export function respond(url: string, pages: ReadonlyMap<string, string>): FixtureResponse | undefined {
  if (TWIMG_URL.test(url)) return { status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE };
  if (!X_URL.test(url)) return undefined;
  const parsed = new URL(url);
  const asset = SHARED_ASSET.exec(parsed.pathname);
  if (asset) return fileResponse(asset[1]!);
  const fixture =
    pages.get(parsed.origin + parsed.pathname + parsed.search) ?? pages.get(parsed.origin + parsed.pathname);
  if (fixture) return fileResponse(fixture);
  return {
    status: 404,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><title>404</title><p>No fixture registered for this URL.</p>',
  };
}

/** `name`: a file in tests/fixtures, or an absolute path (the real captures in ../shared/real-x). */
function fileResponse(name: string): FixtureResponse {
  const file = path.isAbsolute(name) ? name : path.join(FIXTURES_DIR, name);
  const body = readFileSync(file);
  return { status: 200, contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream', body };
}
