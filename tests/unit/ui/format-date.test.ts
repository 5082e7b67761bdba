import { describe, expect, it } from 'vitest';
import { eventTime, formatEventDate } from '../../../src/ui/format-date';

describe('formatEventDate', () => {
  it.each([
    [{ date: '2009-01-10', precision: 'day' }, 'en', 'Jan 10, 2009'],
    [{ date: '2009-01-10', precision: 'day' }, 'zh_CN', '2009年1月10日'],
    [{ date: '2013-11', precision: 'month' }, 'en', 'Nov 2013'],
    [{ date: '2013-11', precision: 'month' }, 'zh_CN', '2013年11月'],
    [{ date: '2022-Q4', precision: 'quarter' }, 'en', 'Q4 2022'],
    [{ date: '2022-Q4', precision: 'quarter' }, 'zh_CN', '2022年第四季度'],
    [{ date: '2017', precision: 'year' }, 'en', '2017'],
    [{ date: '2006', precision: 'year', endYear: 2008 }, 'en', '2006–2008'],
    [{ date: '2023-01', precision: 'month', approximate: true }, 'en', 'c. Jan 2023'],
    [{ date: '2021', precision: 'year', approximate: true }, 'zh_CN', '约 2021'],
  ] as const)('%j in %s → %s', (event, locale, expected) => {
    expect(formatEventDate(event, locale)).toBe(expected);
  });
});

describe('eventTime', () => {
  it('orders events by when they happened, at the middle of their precision', () => {
    expect(eventTime({ date: '2017', precision: 'year' })).toBeCloseTo(2017.5);
    expect(eventTime({ date: '2022-Q4', precision: 'quarter' })).toBeCloseTo(2022.875);
    expect(eventTime({ date: '2013-11', precision: 'month' })).toBeCloseTo(2013 + 10.5 / 12);
    expect(eventTime({ date: '2009-01-10', precision: 'day' })).toBeLessThan(
      eventTime({ date: '2009-02', precision: 'month' }),
    );
  });
});
