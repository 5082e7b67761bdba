/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { chooseFile } from './file-input';
import { cardState, centerOf, clearStorage, getStorage, waitForCard, waitForScan } from './harness/page-helpers';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness/session';

/** The pack guide's example (src/context/packs/README.md) imports on the options page as it is. */
const EXAMPLE = readFileSync('src/context/packs/example-pack.json', 'utf8');
const EXAMPLE_ID = 'example-usdc-coins';

describe.each(BROWSERS)('%s: the pack guide’s example', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let x: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html#context');
    await clearStorage(options);
    x = await session.openX('https://x.com/home', 'home-light.html');
    await waitForScan(x);
  });
  afterAll(() => session?.close());

  it('is shown in the Context section exactly as the file the guide prints', async () => {
    await options.bringToFront();
    await options.waitFor('the pack guide', () => !!document.querySelector('details.pack-guide'));
    await options.evaluate(() => document.querySelector<HTMLElement>('details.pack-guide > summary')!.click());
    await options.waitFor('the guide to open', () => document.querySelector<HTMLDetailsElement>('.pack-guide')!.open);
    const shown = await options.evaluate(() => document.querySelector('.pack-guide .pack-example')!.textContent);
    expect(shown).toBe(EXAMPLE);
    const guide = await options.evaluate(() => document.querySelector('.pack-guide')!.textContent);
    expect(guide).toContain('src/context/packs/README.md');
    expect(await axeViolations(options)).toEqual([]);
  });

  it('imports as it is, appears on the page and answers on an open X tab', async () => {
    await chooseFile(options, '#pack-file', 'example-pack.json', EXAMPLE);
    const onPage = (id: string) => !!document.querySelector(`.pack[data-pack="${id}"]`);
    await options.waitFor('the example on the page', onPage, EXAMPLE_ID);
    const status = await options.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
    expect(status).toContain('Imported “Example pack: USDC and Twitter Coins”.');
    const stored = (await getStorage(options, 'local')).importedPacks as { id: string; fileName: string }[];
    expect(stored.map((pack) => [pack.id, pack.fileName])).toEqual([[EXAMPLE_ID, 'example-pack.json']]);
    const page = await options.evaluate(
      (id) => document.querySelector(`.pack[data-pack="${id}"]`)?.textContent,
      EXAMPLE_ID,
    );
    expect(page).toContain('Buying Coins and sending them to a creator may never bring a user into contact with USDC.');

    await x.bringToFront();
    const { x: px, y: py } = await centerOf(x, 'a[data-cashtag="USDC"]');
    await x.moveMouse(px, py, 3);
    await waitForCard(x, 'USDC');
    const card = (await cardState(x))!.text;
    expect(card).toContain('Example pack: USDC and Twitter Coins');
    expect(card).toContain('Stripe let a chosen group of creators try being paid in USDC');
  });
});
