import * as v from 'valibot';
import {
  MAX_PACK_BYTES,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PackSchema,
  type ContextPack,
  type TimelineEvent,
} from './pack-schema';

/**
 * What is wrong with a pack, and where. `code` and `params` are data, so the options page can say
 * it in the reader's language; `path` names the field the way a person would point at it in the
 * file (`claims[3].text.en`).
 */
export interface PackProblem {
  path: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export type ProblemCode =
  | 'not-json'
  | 'too-large'
  | 'not-a-pack'
  | 'not-a-backup'
  | 'unsupported-version'
  | 'missing'
  | 'unexpected-field'
  | 'wrong-type'
  | 'not-whole-number'
  | 'too-short'
  | 'too-long'
  | 'bad-pattern'
  | 'out-of-range'
  | 'not-allowed'
  | 'invalid-date'
  | 'duplicate'
  | 'unknown-reference'
  | 'id-mismatch'
  | 'paragraph-out-of-range'
  | 'date-precision-mismatch';

export type PackResult = { ok: true; pack: ContextPack } | { ok: false; problems: PackProblem[] };

/** At most this many problems are reported: enough to fix a file, not a wall of text. */
export const MAX_PROBLEMS = 20;

/** Parses and checks a pack file's text: JSON, size, shape, then the references between its parts. */
export function parsePackText(text: string): PackResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) {
    return fail({ path: '', code: 'too-large', params: { bytes, limit: MAX_PACK_BYTES } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail({ path: '', code: 'not-json', params: { detail: (error as Error).message } });
  }
  return parsePack(data);
}

/** Checks an already-parsed value: the path stored packs and the built-in pack take. */
export function parsePack(data: unknown): PackResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ path: '', code: 'not-a-pack' });
  }
  const record = data as Record<string, unknown>;
  if (record.format !== PACK_FORMAT) {
    return fail({ path: 'format', code: 'not-a-pack' });
  }
  if (record.version !== PACK_FORMAT_VERSION) {
    return fail({
      path: 'version',
      code: 'unsupported-version',
      params: { found: JSON.stringify(record.version ?? null), supported: PACK_FORMAT_VERSION },
    });
  }
  const result = v.safeParse(PackSchema, data, { abortEarly: false });
  if (!result.success) {
    return { ok: false, problems: result.issues.slice(0, MAX_PROBLEMS).map(problemFromIssue) };
  }
  const problems = checkReferences(result.output);
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, pack: result.output };
}

function fail(problem: PackProblem): PackResult {
  return { ok: false, problems: [problem] };
}

/** The checks a schema cannot express: ids unique, references resolvable, paragraphs in range. */
function checkReferences(pack: ContextPack): PackProblem[] {
  const problems: PackProblem[] = [];
  const paragraphCount = pack.source.paragraphCount;
  const claimIds = uniqueIds(pack.claims, 'claims', problems);
  const eventIds = uniqueIds(pack.timeline, 'timeline', problems);

  const checkParagraph = (path: string, paragraph: number) => {
    if (paragraph > paragraphCount) {
      problems.push({ path, code: 'paragraph-out-of-range', params: { value: paragraph, max: paragraphCount } });
    }
  };
  const checkRefs = (path: string, refs: readonly string[] | undefined, known: Set<string>) => {
    refs?.forEach((ref, index) => {
      if (!known.has(ref))
        problems.push({ path: `${path}[${index}]`, code: 'unknown-reference', params: { value: ref } });
    });
  };

  // valibot's isoDate checks the form only; 2024-02-30 has it.
  if (!isCalendarDay(pack.source.date)) {
    const received = JSON.stringify(pack.source.date);
    problems.push({ path: 'source.date', code: 'invalid-date', params: { received } });
  }
  for (const [index, claim] of pack.claims.entries()) checkParagraph(`claims[${index}].paragraph`, claim.paragraph);
  pack.timeline.forEach((event, index) => {
    checkParagraph(`timeline[${index}].paragraph`, event.paragraph);
    checkRefs(`timeline[${index}].claims`, event.claims, claimIds);
    if (!dateMatchesPrecision(event)) {
      problems.push({
        path: `timeline[${index}].date`,
        code: 'date-precision-mismatch',
        params: { value: event.date, precision: event.precision },
      });
    }
  });

  const symbols = new Set<string>();
  pack.tickers.forEach((ticker, index) => {
    if (symbols.has(ticker.symbol)) {
      problems.push({ path: `tickers[${index}].symbol`, code: 'duplicate', params: { value: ticker.symbol } });
    }
    symbols.add(ticker.symbol);
    checkRefs(`tickers[${index}].claims`, ticker.claims, claimIds);
    checkRefs(`tickers[${index}].events`, ticker.events, eventIds);
  });
  checkRefs('general.crypto', pack.general.crypto, claimIds);
  checkRefs('general.stock', pack.general.stock, claimIds);
  return problems;
}

function uniqueIds(items: readonly { id: string }[], path: string, problems: PackProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      problems.push({ path: `${path}[${index}].id`, code: 'duplicate', params: { value: item.id } });
    seen.add(item.id);
  });
  return seen;
}

const PRECISION_SHAPES: Record<TimelineEvent['precision'], RegExp> = {
  year: /^\d{4}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

function dateMatchesPrecision(event: TimelineEvent): boolean {
  if (!PRECISION_SHAPES[event.precision].test(event.date)) return false;
  return event.precision !== 'day' || isCalendarDay(event.date);
}

/** `YYYY-MM-DD` names a day that exists (no 30 February). */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Issue = v.BaseIssue<unknown>;

/** One schema issue as a problem a person can act on; shared with the backup importer. */
export function problemFromIssue(issue: Issue): PackProblem {
  const path = pathOf(issue);
  const received = issue.received;
  switch (issue.type) {
    case 'object':
    case 'strict_object':
      if (issue.kind === 'schema' && received === 'undefined' && issue.expected?.startsWith('"')) {
        return { path, code: 'missing' };
      }
      if (issue.type === 'strict_object' && issue.expected === 'never') {
        return { path, code: 'unexpected-field' };
      }
      return { path, code: 'wrong-type', params: { expected: 'object', received } };
    case 'min_length':
      return { path, code: 'too-short', params: { min: Number(issue.requirement) } };
    case 'max_length':
      return { path, code: 'too-long', params: { max: Number(issue.requirement) } };
    case 'min_value':
    case 'max_value':
      return { path, code: 'out-of-range', params: { received } };
    case 'regex':
      return { path, code: 'bad-pattern', params: { received } };
    case 'picklist':
    case 'literal':
      return { path, code: 'not-allowed', params: { expected: issue.expected ?? '', received } };
    case 'iso_date':
      return { path, code: 'invalid-date', params: { received } };
    case 'integer':
      return { path, code: 'not-whole-number', params: { received } };
    default:
      return { path, code: 'wrong-type', params: { expected: issue.expected ?? issue.type, received } };
  }
}

/** `claims[3].text.en`, or the empty string for the whole file. */
function pathOf(issue: Issue): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}
