import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * The e2e tests trust each fixture's `.expect.json`; this keeps the pages and their sidecars from
 * drifting apart (tests/fixtures/check-expectations.mjs, which exits 1 with a diff on a mismatch).
 */
it('every fixture page matches its expectations sidecar', () => {
  const script = path.resolve(import.meta.dirname, '../fixtures/check-expectations.mjs');
  const output = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  expect(output).not.toMatch(/mismatch|FAIL/i);
}, 60_000);
