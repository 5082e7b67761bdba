#!/usr/bin/env node
// Fails when a source line is longer than 120 characters. The formatter wraps code at 120 but
// leaves long strings, comments and regexes as they are; this names them. Data is exempt: JSON,
// the message catalogs (one string per line reads better than a string cut in pieces) and the
// X-like fixtures, which imitate X's markup.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const SOURCE = /\.(?:[cm]?[jt]sx?|css)$/;
const DATA = [/\.json$/, /^src\/i18n\/(?:[\w-]+-messages|manifest|date-words)\.ts$/, /^tests\/fixtures\//];

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => SOURCE.test(file) && !DATA.some((pattern) => pattern.test(file)));

const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // Deleted in the working tree but still in the index.
  }
  text.split('\n').forEach((line, index) => {
    const length = [...line].length;
    if (length > MAX) long.push({ file, line: index + 1, length });
  });
}

for (const { file, line, length } of long) console.log(`${file}:${line}: ${length} characters`);
if (long.length) {
  const inFiles = new Set(long.map(({ file }) => file)).size;
  console.error(`${long.length} lines in ${inFiles} files are longer than ${MAX} characters.`);
  process.exit(1);
}
console.log(`No source line is longer than ${MAX} characters (${files.length} files).`);
