import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVersionOutput, unfitReason } from '../../browsers/browser-version';
import { MINIMUM_MAJOR } from '../../browsers/requirements';
import { VERSIONS } from './fake-host';

describe('parseVersionOutput', () => {
  it('reads the product and version of real --version lines', () => {
    expect(parseVersionOutput(VERSIONS.debianChromium)).toEqual({
      product: 'Chromium',
      version: '156.0.8078.73',
      major: 156,
    });
    expect(parseVersionOutput(VERSIONS.chromeForTesting)).toEqual({
      product: 'Chrome for Testing',
      version: '159.0.8154.6',
      major: 159,
    });
    expect(parseVersionOutput(VERSIONS.brandedChrome)).toEqual({
      product: 'Google Chrome',
      version: '140.0.7339.80',
      major: 140,
    });
    expect(parseVersionOutput(VERSIONS.firefoxEsr)).toEqual({ product: 'Firefox', version: '153.0esr', major: 153 });
    expect(parseVersionOutput('Mozilla Firefox 153.8.0esr')).toMatchObject({ version: '153.8.0esr', major: 153 });
    expect(parseVersionOutput('Chromium 120.0.6099.71 snap')?.major).toBe(120);
  });

  it('skips lines a wrapper prints before the version', () => {
    const output = 'Gtk-Message: 09:01:02.345: Failed to load module "canberra-gtk-module"\nMozilla Firefox 146.0.1\n';
    expect(parseVersionOutput(output)).toEqual({ product: 'Firefox', version: '146.0.1', major: 146 });
  });

  it('reads nothing from output that names no known browser', () => {
    expect(parseVersionOutput('')).toBeUndefined();
    expect(parseVersionOutput('Microsoft Edge 140.0.3485.54')).toBeUndefined();
    expect(parseVersionOutput('chromium: command not found')).toBeUndefined();
  });
});

describe('unfitReason', () => {
  const parsed = (line: string) => parseVersionOutput(line)!;

  it('accepts Chromium, Chrome for Testing and Firefox at or above the minimum', () => {
    expect(unfitReason('chromium', parsed(VERSIONS.debianChromium))).toBeUndefined();
    expect(unfitReason('chromium', parsed(VERSIONS.chromeForTesting))).toBeUndefined();
    expect(unfitReason('chromium', parsed('Chromium 116.0.5845.96'))).toBeUndefined();
    expect(unfitReason('firefox', parsed(VERSIONS.firefoxEsr))).toBeUndefined();
    expect(unfitReason('firefox', parsed('Mozilla Firefox 142.0'))).toBeUndefined();
  });

  it('says when a browser is too old, with the version it needs', () => {
    expect(unfitReason('chromium', parsed('Chromium 115.0.5790.170'))).toBe(
      'Chromium 115.0.5790.170 is too old: the extension needs Chromium 116 or newer',
    );
    expect(unfitReason('firefox', parsed(VERSIONS.oldFirefoxEsr))).toBe(
      'Firefox 140.5.0esr is too old: the extension needs Firefox 142 or newer',
    );
  });

  it('refuses branded Google Chrome, which ignores --load-extension', () => {
    expect(unfitReason('chromium', parsed(VERSIONS.brandedChrome))).toBe(
      'Google Chrome 140.0.7339.80 is branded Google Chrome, which ignores --load-extension from version 137 on: ' +
        'use Chromium or Chrome for Testing',
    );
  });

  it('refuses the other browser in either place', () => {
    expect(unfitReason('firefox', parsed(VERSIONS.debianChromium))).toBe('Chromium 156.0.8078.73 is not Firefox');
    expect(unfitReason('chromium', parsed(VERSIONS.firefoxEsr))).toBe('Firefox 153.0esr is not Chromium');
  });
});

describe('MINIMUM_MAJOR', () => {
  it('is the floor the manifest declares for each browser', () => {
    const config = readFileSync(path.resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    expect(Number(/minimum_chrome_version: '(\d+)'/.exec(config)?.[1])).toBe(MINIMUM_MAJOR.chromium);
    expect(Number(/strict_min_version: '(\d+)/.exec(config)?.[1])).toBe(MINIMUM_MAJOR.firefox);
  });
});
