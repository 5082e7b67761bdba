import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../bench/args';

describe('parseArgs', () => {
  it('runs everything in both browsers by default', () => {
    expect(parseArgs([], {})).toEqual({ workload: 'all', browsers: ['chromium', 'firefox'] });
  });

  it('reads the quick page-cost mode in both spellings', () => {
    expect(parseArgs(['--only', 'page-cost', '--workload=real', '--browser', 'chromium'], {})).toEqual({
      only: 'page-cost',
      workload: 'real',
      browsers: ['chromium'],
    });
    expect(parseArgs([], { BENCH_ONLY: 'hover' }).only).toBe('hover');
  });

  it('refuses what it does not know, naming the choices', () => {
    expect(() => parseArgs(['--only', 'pagecost'], {})).toThrow(UsageError);
    expect(() => parseArgs(['--only', 'pagecost'], {})).toThrow(
      /one of scan, scan-plain, scan-muted, hover, size, memory, page-cost, not "pagecost"/,
    );
    expect(() => parseArgs(['--workload'], {})).toThrow(/--workload takes one of real, fixtures, all/);
    expect(() => parseArgs(['--fast'], {})).toThrow(/Unknown argument "--fast"/);
  });
});
