import type { WorkloadChoice } from './page-cost-pages';

/** The measurements `npm run bench` can run alone with `--only` (or BENCH_ONLY). */
export const MEASUREMENTS = ['scan', 'scan-plain', 'scan-muted', 'hover', 'size', 'memory', 'page-cost'] as const;
export type Measurement = (typeof MEASUREMENTS)[number];
export type BrowserName = 'chromium' | 'firefox';

export interface BenchArgs {
  only?: Measurement;
  /** Which page-cost workloads: the real captures, the fixtures' timeline, or both. */
  workload: WorkloadChoice;
  /** Where the page-cost workload runs. */
  browsers: BrowserName[];
}

/** A mistake in how the bench was called: printed as it is, without a stack. */
export class UsageError extends Error {}

const USAGE =
  `usage: npm run bench -- [--only ${MEASUREMENTS.join('|')}] ` +
  '[--workload real|fixtures|all] [--browser chromium|firefox|all]';

function choose<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !allowed.includes(value as T)) {
    const given = value === undefined ? '' : `, not "${value}"`;
    throw new UsageError(`${flag} takes one of ${allowed.join(', ')}${given}\n${USAGE}`);
  }
  return value as T;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchArgs {
  const args: BenchArgs = { workload: 'all', browsers: ['chromium', 'firefox'] };
  if (env.BENCH_ONLY) args.only = choose('BENCH_ONLY', env.BENCH_ONLY, MEASUREMENTS);
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++index];
    if (flag === '--only') args.only = choose(flag, value(), MEASUREMENTS);
    else if (flag === '--workload') args.workload = choose(flag, value(), ['real', 'fixtures', 'all'] as const);
    else if (flag === '--browser') {
      const browser = choose(flag, value(), ['chromium', 'firefox', 'all'] as const);
      args.browsers = browser === 'all' ? ['chromium', 'firefox'] : [browser];
    } else throw new UsageError(`Unknown argument "${argv[index]}"\n${USAGE}`);
  }
  return args;
}
