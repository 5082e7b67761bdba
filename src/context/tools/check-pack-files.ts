/// <reference types="node" />
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { translator } from '../../i18n/catalog';
import { optionsMessages, type OptionsMessageKey } from '../../i18n/options-messages';
import { checkPackImport } from '../pack-import';
import { MAX_PACK_BYTES } from '../pack-schema';
import { MAX_PROBLEMS, type PackProblem, type PackResult } from '../parse-pack';

/** The options page's English wording, so a problem reads the same in the terminal as on the page. */
const t = translator(optionsMessages, 'en');

/** A file this much larger than the limit is refused unread: the import would refuse it too. */
const LARGEST_READ = 16 * MAX_PACK_BYTES;

type Outcome = { readable: false; reason: string } | { readable: true; result: PackResult };

/** Checks each file as the options page's import would; `ok` only when every file passes. */
export function checkPackFiles(files: readonly string[], cwd: string): { ok: boolean; lines: string[] } {
  if (files.length === 0) return { ok: false, lines: ['Usage: npm run pack:check -- FILE.json [FILE.json…]'] };
  const lines: string[] = [];
  let ok = true;
  for (const file of files) {
    const outcome = checkFile(path.resolve(cwd, file));
    if (!outcome.readable || !outcome.result.ok) ok = false;
    lines.push(...describe(file, outcome));
  }
  return { ok, lines };
}

function checkFile(file: string): Outcome {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { readable: false, reason: 'not a file' };
    size = stats.size;
  } catch (error) {
    return { readable: false, reason: reasonOf(error) };
  }
  if (size > LARGEST_READ) {
    const tooLarge: PackProblem = { path: '', code: 'too-large', params: { bytes: size, limit: MAX_PACK_BYTES } };
    return { readable: true, result: { ok: false, problems: [tooLarge] } };
  }
  try {
    // Decoded as the page's File.text() decodes: UTF-8, a byte-order mark dropped, bad bytes replaced.
    return { readable: true, result: checkPackImport(new TextDecoder().decode(readFileSync(file))) };
  } catch (error) {
    return { readable: false, reason: reasonOf(error) };
  }
}

function describe(file: string, outcome: Outcome): string[] {
  if (!outcome.readable) return [`${file}: cannot be read: ${outcome.reason}.`];
  const { result } = outcome;
  if (result.ok) {
    const { pack } = result;
    const counts = [
      count(pack.claims.length, 'claim'),
      count(pack.timeline.length, 'event'),
      count(pack.tickers.length, 'ticker'),
    ];
    return [`${file}: valid pack "${pack.id}" (${counts.join(', ')})`];
  }
  const [only] = result.problems;
  if (result.problems.length === 1 && only && !only.path) return [`${file}: ${message(only)}`];
  const more = result.problems.length >= MAX_PROBLEMS ? `; the first ${MAX_PROBLEMS} are listed` : '';
  const heading = `${file}: ${count(result.problems.length, 'problem')}${more}`;
  return [heading, ...result.problems.map((problem) => `  ${line(problem)}`)];
}

function line(problem: PackProblem): string {
  return problem.path ? t('problemAt', { path: problem.path, message: message(problem) }) : message(problem);
}

function message(problem: PackProblem): string {
  return t(`problem.${problem.code}` as OptionsMessageKey, problem.params);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const ERROR_REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EISDIR: 'not a file',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && ERROR_REASONS[code]) ?? (error as Error).message;
}
