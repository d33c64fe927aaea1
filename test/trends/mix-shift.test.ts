import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMixShifts, makePeriods, primaryCategories, totalVariation } from '../../src/trends/index.js';
import { sharedData } from '../helpers/cli.js';

interface Row { date?: string; categories?: string[]; source?: string }

/** A few lines of JSONL reading (the corpus reader is another stage). */
function readJsonl(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { date, categories, source } = JSON.parse(line) as Row;
      return { date, categories, source };
    });
}

describe('detectMixShifts on papers.jsonl', () => {
  const papers = readJsonl(path.join(sharedData, 'papers.jsonl'));
  const dates = papers.map((p) => p.date);

  it('names 2025-03-18 as the source cut-over with monthly bins', () => {
    const { periods, docPeriod } = makePeriods(dates, 'month');
    const warnings = detectMixShifts(papers.map((p) => p.source), docPeriod, periods, 'source', { dates });
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    const march = warnings.find((w) => w.period === '2025-03')!;
    expect(march).toMatchObject({ field: 'source', date: '2025-03-18' });
    expect(march.distance).toBeGreaterThan(0.25);
    expect(march.message).toMatch(/daily-arXiv-ai-enhanced/);
    // Every source warning is about that one cut-over, wherever the bin boundary falls.
    for (const w of warnings) expect(w.date).toBe('2025-03-18');
  });

  it('finds the cut-over with weekly and quarterly bins too', () => {
    for (const unit of ['week', 'quarter'] as const) {
      const { periods, docPeriod } = makePeriods(dates, unit);
      const warnings = detectMixShifts(papers.map((p) => p.source), docPeriod, periods, 'source', { dates });
      expect(warnings.map((w) => w.date)).toContain('2025-03-18');
    }
  });

  it('sees the category mix change at the cut-over', () => {
    const { periods, docPeriod } = makePeriods(dates, 'month');
    const warnings = detectMixShifts(primaryCategories(papers), docPeriod, periods, 'category', { dates });
    expect(warnings.find((w) => w.period === '2025-03')?.date).toBe('2025-03-18');
    // Before the cut-over the arxiver part is one corpus: no warnings in 2024.
    expect(warnings.filter((w) => w.period.startsWith('2024'))).toEqual([]);
  });
});

describe('detectMixShifts on small cases', () => {
  const values = [...Array(40).fill('x'), ...Array(20).fill('x'), ...Array(20).fill('y'), ...Array(5).fill('z')];
  const dates = [
    ...Array.from({ length: 40 }, (_, i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`),
    ...Array.from({ length: 20 }, (_, i) => `2024-02-${String(1 + (i % 9)).padStart(2, '0')}`),
    ...Array.from({ length: 20 }, (_, i) => `2024-02-${String(10 + (i % 10)).padStart(2, '0')}`),
    ...Array.from({ length: 5 }, () => '2024-03-15'),
  ];
  const { periods, docPeriod } = makePeriods(dates, 'month');

  it('warns above the threshold, names the first day of the new mix and ignores tiny bins', () => {
    const warnings = detectMixShifts(values, docPeriod, periods, 'category', { dates, minPapers: 10 });
    // January all x, February half x (1st-9th) half y (10th-19th): TVD 0.5. March has 5 papers: ignored.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ period: '2024-02', date: '2024-02-10', field: 'category' });
    expect(warnings[0].distance).toBeCloseTo(0.5, 12);
    expect(detectMixShifts(values, docPeriod, periods, 'category', { dates, minPapers: 10, threshold: 0.6 })).toEqual([]);
    // With a minimum of 5, March (all z) counts and differs completely from February.
    const all = detectMixShifts(values, docPeriod, periods, 'source', { dates, minPapers: 5 });
    expect(all.map((w) => [w.period, w.date])).toEqual([['2024-02', '2024-02-10'], ['2024-03', '2024-03-15']]);
  });

  it('falls back to the bin start without dates', () => {
    const warnings = detectMixShifts(values, docPeriod, periods, 'category', { minPapers: 10 });
    expect(warnings[0].date).toBe('2024-02-01');
  });

  it('computes total variation distance', () => {
    const a = new Map([['x', 3], ['y', 1]]);
    const b = new Map([['y', 2], ['z', 2]]);
    // shares x .75/.0, y .25/.5, z 0/.5 → (0.75 + 0.25 + 0.5) / 2
    expect(totalVariation(a, b)).toBeCloseTo(0.75, 12);
    expect(totalVariation(a, a)).toBe(0);
  });
});
