/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES } from '../../../src/context/pack-schema';
import { samplePack } from '../helpers/sample-pack';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src/context/tools/pack-check.ts');
const EXAMPLE = 'src/context/packs/example-pack.json';
const folder = mkdtempSync(path.join(tmpdir(), 'pack-check-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, contents: string): string {
  const where = path.join(folder, name);
  writeFileSync(where, contents);
  return where;
}

/** Runs the checker as a pack author would, from the repository's root. */
function packCheck(...files: string[]) {
  const run = spawnSync(TSX, [CLI, ...files], { encoding: 'utf8', env: { ...process.env, INIT_CWD: process.cwd() } });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const brokenPack = () => {
  const pack = samplePack();
  pack.claims[0]!.paragraph = 1.5;
  pack.tickers[0]!.claims = ['nowhere'];
  return pack;
};

// Each case starts a Node process; on a busy 2-core machine that can take seconds.
describe('npm run pack:check', { timeout: 30_000 }, () => {
  it('passes the guide’s example pack and exits 0', () => {
    const run = packCheck(EXAMPLE);
    expect(run.out).toBe(`${EXAMPLE}: valid pack "example-usdc-coins" (4 claims, 2 events, 1 ticker)\n`);
    expect(run.status).toBe(0);
  });

  it('lists every problem of a broken pack with its field path, and exits 1', () => {
    const broken = file('broken.json', JSON.stringify(brokenPack()));
    const run = packCheck(broken);
    expect(run.out).toContain('claims[0].paragraph: expected a whole number, found 1.5.');
    expect(run.status).toBe(1);
  });

  it('reports the references a schema cannot check, like the options page', () => {
    const pack = samplePack();
    pack.tickers[0]!.claims = ['nowhere'];
    const run = packCheck(file('dangling.json', JSON.stringify(pack)));
    expect(run.out.split('\n')).toEqual([
      `${path.join(folder, 'dangling.json')}: 1 problem`,
      '  tickers[0].claims[0]: points to “nowhere”, which does not exist.',
      '',
    ]);
    expect(run.status).toBe(1);
  });

  it('says when a file is not JSON', () => {
    const run = packCheck(file('half.json', '{"format": "cashtag-context-pack",'));
    expect(run.out).toMatch(/half\.json: the file is not valid JSON \(.+\)\.\n$/);
    expect(run.status).toBe(1);
  });

  it('says when a file is missing', () => {
    const run = packCheck(path.join(folder, 'nothing-here.json'));
    expect(run.out).toBe(`${path.join(folder, 'nothing-here.json')}: cannot be read: there is no such file.\n`);
    expect(run.status).toBe(1);
  });

  it('refuses a file over the import’s size limit, saying how large both are', () => {
    const huge = JSON.stringify({ ...samplePack(), summary: { en: 'x'.repeat(MAX_PACK_BYTES), zh: '摘要' } });
    const run = packCheck(file('huge.json', huge));
    const bytes = Buffer.byteLength(huge);
    expect(run.out).toContain(`huge.json: the file is ${bytes} bytes; at most ${MAX_PACK_BYTES} are allowed.`);
    expect(run.status).toBe(1);
  });

  it('checks every file it is given and fails if any one fails', () => {
    const run = packCheck(EXAMPLE, path.join(folder, 'nothing-here.json'));
    expect(run.out.trim().split('\n')).toHaveLength(2);
    expect(run.status).toBe(1);
  });

  it('refuses the built-in pack, as the import does: its id is taken', () => {
    const run = packCheck('src/context/packs/twitter-crypto-2023.json');
    expect(run.out).toContain('id: “twitter-crypto-2023” is used twice (or is the built-in pack’s id).');
    expect(run.status).toBe(1);
  });

  it('reads a file that starts with a byte-order mark, as a browser does', () => {
    const run = packCheck(file('bom.json', `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`));
    expect(run.status).toBe(0);
  });

  it('says how to use it when given no file', () => {
    const run = packCheck();
    expect(run.out).toContain('Usage: npm run pack:check -- FILE.json');
    expect(run.status).toBe(1);
  });

  it('resolves paths from where npm was run', () => {
    const run = spawnSync('npm', ['run', '-s', 'pack:check', '--', 'example-pack.json'], {
      cwd: path.resolve('src/context/packs'),
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('example-pack.json: valid pack');
    expect(run.status).toBe(0);
  });
});
