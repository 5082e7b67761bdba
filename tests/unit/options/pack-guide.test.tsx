/**
 * @vitest-environment happy-dom
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n/catalog';
import { optionsMessages } from '../../../src/i18n/options-messages';
import { PACK_GUIDE_PATH, PackGuide } from '../../../src/options/PackGuide';
import { click, mount, text } from '../helpers/render';

const EXAMPLE = readFileSync('src/context/packs/example-pack.json', 'utf8');

describe('the Context section’s pack guide', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it.each(['en', 'zh_CN'] as const)('says where the guide is, in %s', (locale) => {
    const view = mount(<PackGuide t={translator(optionsMessages, locale)} />);
    cleanup = view.cleanup;
    expect(text(view.container)).toContain(PACK_GUIDE_PATH);
    expect(text(view.container)).toContain('npm run pack:check -- FILE.json');
  });

  it('points to a guide that exists', () => {
    expect(readFileSync(PACK_GUIDE_PATH, 'utf8')).toMatch(/^# Writing a context pack/);
  });

  it('shows the example file as it is and saves that same text', async () => {
    const view = mount(<PackGuide t={translator(optionsMessages, 'en')} />);
    cleanup = view.cleanup;
    expect(view.container.querySelector('.pack-example')!.textContent).toBe(EXAMPLE);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:example';
    });
    const names: string[] = [];
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    click(view.container.querySelector('button'));
    expect(clicked).toHaveBeenCalledOnce();
    expect(names).toEqual(['example-pack.json']);
    expect(await blobs[0]!.text()).toBe(EXAMPLE);
  });
});
