import { describe, expect, it } from 'vitest';
import { normalizeId, parseDate, parseDateBound, titleKey, titleSlug } from '../../src/corpus/index.js';

describe('parseDate', () => {
  it.each([
    ['2024', '2024-01-01', 'year'],
    ['2024-03', '2024-03-01', 'month'],
    ['2024-02-29', '2024-02-29', 'day'],
    ['  2024-03-15 ', '2024-03-15', 'day'],
    ['2024-03-15T10:20:30Z', '2024-03-15', 'time'],
    ['2024-03-15T10:20:30.123Z', '2024-03-15', 'time'],
    ['2024-03-15 10:20', '2024-03-15', 'time'],
    // timestamps become their UTC day
    ['2024-03-15T23:30:00-02:00', '2024-03-16', 'time'],
    ['2024-03-15T01:00:00+05:30', '2024-03-14', 'time'],
    ['Mon, 2 Apr 2007 19:18:42 GMT', '2007-04-02', 'time'],
    ['Tue, 31 Dec 2019 23:00:00 -0500', '2020-01-01', 'time'],
    ['2 Apr 2007', '2007-04-02', 'day'],
  ])('%s -> %s (%s)', (text, date, precision) => {
    expect(parseDate(text)).toEqual({ date, precision });
  });

  it.each(['', 'yesterday', '2024-13', '2023-02-29', '2024-04-31', '24-03-15', '2024/03/15', '2024-03-15T25:00:00Z', 'Mon, 2 Foo 2007 10:00:00 GMT', '31 Feb 2020'])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );

  it('turns a bound into the first or last day of the period it names', () => {
    expect(parseDateBound('2024', 'from')).toBe('2024-01-01');
    expect(parseDateBound('2024', 'to')).toBe('2024-12-31');
    expect(parseDateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(parseDateBound('2023-02', 'to')).toBe('2023-02-28');
    expect(parseDateBound('2024-02-10', 'to')).toBe('2024-02-10');
    expect(parseDateBound('nope', 'to')).toBeUndefined();
  });
});

describe('ids and titles', () => {
  it('strips arXiv version suffixes and prefixes, leaves other ids alone', () => {
    expect(normalizeId('2401.00642v2')).toBe('2401.00642');
    expect(normalizeId(' arXiv:2401.00642v12 ')).toBe('2401.00642');
    expect(normalizeId('hep-th/9901001v1')).toBe('hep-th/9901001');
    expect(normalizeId('math.AG/0601001v3')).toBe('math.AG/0601001');
    expect(normalizeId('2401.00642')).toBe('2401.00642');
    expect(normalizeId('doc-1v2')).toBe('doc-1v2');
  });

  it('matches titles ignoring case, spacing and punctuation', () => {
    expect(titleKey('MeDSLIP: Medical  Dual-Stream')).toBe(titleKey('medslip medical dualstream'));
    expect(titleKey('A')).not.toBe(titleKey('B'));
  });

  it('makes stable, distinct slugs for long titles sharing a prefix', () => {
    const base = 'A very long title about streaming distillation of dual stream models for video understanding at scale';
    expect(titleSlug('Hello, World!')).toBe('hello-world');
    expect(titleSlug(base + ' one')).toBe(titleSlug(base + ' one'));
    expect(titleSlug(base + ' one')).not.toBe(titleSlug(base + ' two'));
    expect(titleSlug(base + ' one').length).toBeLessThan(100);
  });
});
