import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { X_MATCH_PATTERNS } from '../../src/x-hosts';
import { BUILD_DIRS } from './harness/paths';
import { assertBuilt, type BrowserName } from './harness/session';

/** The content script's budget (issue: benchmark): Preact, the card and the scanner, gzipped. */
const CONTENT_SCRIPT_BUDGET = 30 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe.each(['chromium', 'firefox'] as BrowserName[])('%s package', (browser) => {
  const dir = BUILD_DIRS[browser];
  assertBuilt(browser);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const scripts = files(dir).filter((file) => file.endsWith('.js'));

  it(`keeps the content script within ${CONTENT_SCRIPT_BUDGET / 1024} KB gzipped`, () => {
    const gzipped = gzipSync(readFileSync(path.join(dir, 'content-scripts', 'content.js')), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('asks for storage and the X hosts, nothing more', () => {
    // MV3 lists hosts apart; Firefox's MV2 keeps them in `permissions`.
    const all: string[] = [...manifest.permissions, ...(manifest.host_permissions ?? [])];
    expect(all.filter((entry) => !entry.includes('://'))).toEqual(['storage']);
    const hosts = all.filter((entry) => entry.includes('://'));
    expect([...(hosts ?? [])].sort()).toEqual([...X_MATCH_PATTERNS].sort());
    expect(manifest.content_scripts.map((script: { matches: string[] }) => [...script.matches].sort())).toEqual([
      [...X_MATCH_PATTERNS].sort(),
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('ships no markup-from-strings or code-from-strings', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/,
      );
    }
  });

  it('makes no network requests from any of its scripts', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket\(|sendBeacon|EventSource\(|importScripts\(/);
    }
  });

  it('loads no page, style or image from outside the package', () => {
    for (const file of files(dir).filter((name) => /\.(html|css)$/.test(name))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(src|href)="(https?:)?\/\/|url\((["']?)(https?:)?\/\//);
    }
  });

  it('is named and described in English and Simplified Chinese', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toMatch(/Cashtag Context/);
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  });

  it.runIf(browser === 'firefox')('declares Firefox for Android, from the desktop floor on', () => {
    const { gecko, gecko_android: android } = manifest.browser_specific_settings;
    expect(android?.strict_min_version).toBe(gecko.strict_min_version);
  });
});
