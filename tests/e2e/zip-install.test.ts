import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { cardState, centerOf, waitForCard, waitForScan } from './harness/page-helpers';
import { ROOT } from './harness/paths';
import { launch, type BrowserName, type ExtensionSession } from './harness/session';

const OUTPUT = path.join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function storeZip(kind: 'chrome' | 'firefox'): string {
  const name = `cashtag-context-${version}-${kind}.zip`;
  if (!readdirSync(OUTPUT).includes(name)) throw new Error(`No ${name} in .output: run \`npm run zip\` first.`);
  return path.join(OUTPUT, name);
}

/** Chrome installs a store zip unpacked; this does what the store does with it. */
async function unzipTo(zipFile: string): Promise<string> {
  const target = mkdtempSync(path.join(os.tmpdir(), 'cashtag-zip-'));
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  for (const [name, entry] of Object.entries(zip.files)) {
    const file = path.join(target, name);
    if (entry.dir) mkdirSync(file, { recursive: true });
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, await entry.async('nodebuffer'));
    }
  }
  return target;
}

describe.each(['chromium', 'firefox'] as BrowserName[])('%s: the store package itself', (browserName) => {
  let session: ExtensionSession | undefined;
  let unpacked: string | undefined;
  afterAll(async () => {
    await session?.close();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  it('installs from the zip and works on X', async () => {
    const zip = storeZip(browserName === 'chromium' ? 'chrome' : 'firefox');
    if (browserName === 'chromium') unpacked = await unzipTo(zip);
    session = await launch(browserName, { extension: unpacked ?? zip });
    const page = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(page);
    const { x, y } = await centerOf(page, 'a[data-cashtag="GRT"]');
    await page.moveMouse(x, y, 3);
    await waitForCard(page, 'GRT');
    expect((await cardState(page))!.text).toContain('What the article says about $GRT');
    expect(page.errors).toEqual([]);
  });

  it('the sources zip holds what a reviewer needs to rebuild, and nothing stray', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(OUTPUT, `cashtag-context-${version}-sources.zip`)));
    const names = Object.keys(zip.files);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'src/context/packs/twitter-crypto-2023.json',
      'entrypoints/content/index.ts',
      'assets/icon.svg',
    ]) {
      expect(names).toContain(needed);
    }
    expect(
      names.filter((name) => /^(node_modules|\.output|tests|bench|test-results|demo-screenshots|\.ci)\//.test(name)),
    ).toEqual([]);
  });
});
