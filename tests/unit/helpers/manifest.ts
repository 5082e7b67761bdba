import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** The fake browser's manifest, as an export reads it for the backup's extension version. */
export function mockManifest(version = '1.0.0'): void {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Cashtag Context',
    version,
  });
}
