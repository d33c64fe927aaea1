import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, summarizeCorpus } from '../../src/corpus/index.js';
import { sharedData } from '../helpers/cli.js';
import { expectBalanced, jsonl, tempFiles } from './helpers.js';

const t = tempFiles();
const paper = (id: string, date: string | undefined, categories: string[] | string | undefined) => ({
  id, title: `T${id}`, abstract: `A${id}`, ...(date ? { date } : {}), ...(categories ? { categories } : {}),
});
const small = t.write('small.jsonl', jsonl([
  paper('1', '2024-01-31', ['cs.CL', 'cs.AI']),
  paper('2', '2024-02-01', 'cs.CV cs.CL'),
  paper('3', '2024-02-29', ['cs.LG']),
  paper('4', '2024-03', ['stat.ML', 'cs.LG']),
  paper('5', undefined, ['cs.CL']),
  paper('6', '2024-04-10T23:59:59Z', undefined),
]));
const ids = async (opts: Parameters<typeof readCorpus>[1]) => {
  const { papers, report } = await readCorpus([small], opts);
  expectBalanced(report);
  return { ids: papers.map((p) => p.id), filtered: report.filtered };
};

describe('filters', () => {
  it('keeps dates within inclusive bounds; coarse bounds cover their whole period; undated papers drop out', async () => {
    expect(await ids({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ ids: ['2', '3'], filtered: { date: 4, category: 0, sample: 0 } });
    expect((await ids({ to: '2024-02' })).ids).toEqual(['1', '2', '3']);
    expect((await ids({ from: '2024-03' })).ids).toEqual(['4', '6']);
    expect((await ids({ from: '2024' })).ids).toEqual(['1', '2', '3', '4', '6']);
  });

  it('matches the primary category by default, any category on request, prefixes with *', async () => {
    expect(await ids({ category: ['cs.CL'] })).toEqual({ ids: ['1', '5'], filtered: { date: 0, category: 4, sample: 0 } });
    expect((await ids({ category: ['cs.CL'], categoryMode: 'any' })).ids).toEqual(['1', '2', '5']);
    expect((await ids({ category: ['cs.LG'], categoryMode: 'any' })).ids).toEqual(['3', '4']);
    expect((await ids({ category: ['cs.*'] })).ids).toEqual(['1', '2', '3', '5']);
  });

  it('counts a paper under the first filter it fails (date, then category)', async () => {
    expect(await ids({ from: '2024-02-01', category: ['cs.CL'] })).toEqual({ ids: [], filtered: { date: 2, category: 4, sample: 0 } });
  });

  it('samples reproducibly by seed, independent of input order', async () => {
    const records = Array.from({ length: 200 }, (_, i) => paper(`p${i}`, '2024-01-01', ['cs.CL']));
    const forward = t.write('fwd.jsonl', jsonl(records));
    const backward = t.write('bwd.jsonl', jsonl([...records].reverse()));
    const read = async (file: string, seed?: number) => {
      const { papers, report } = await readCorpus([file], { sample: 25, seed });
      expectBalanced(report);
      expect(report.filtered.sample).toBe(175);
      return papers.map((p) => p.id);
    };
    const a = await read(forward);
    expect(a).toHaveLength(25);
    expect(await read(forward)).toEqual(a);
    expect(await read(forward, 42)).toEqual(a); // 42 is the default seed
    expect([...(await read(backward))].sort()).toEqual([...a].sort());
    expect((await read(backward))).toEqual([...a].reverse()); // input order is kept
    expect(await read(forward, 7)).not.toEqual(a);
    // a sample larger than the corpus keeps everything
    expect((await readCorpus([forward], { sample: 500 })).papers).toHaveLength(200);
  });

  it('samples across several files with per-file accounting', async () => {
    const a = t.write('sa.jsonl', jsonl(Array.from({ length: 50 }, (_, i) => paper(`a${i}`, '2024-01-01', 'cs.CL'))));
    const b = t.write('sb.jsonl', jsonl(Array.from({ length: 50 }, (_, i) => paper(`b${i}`, '2024-01-01', 'cs.CL'))));
    const { papers, report } = await readCorpus([a, b], { sample: 30 });
    expectBalanced(report);
    expect(papers).toHaveLength(30);
    expect(report.files[0].kept + report.files[1].kept).toBe(30);
    expect(report.files[0].kept).toBe(papers.filter((p) => p.id.startsWith('a')).length);
  });

  it('summarizes counts, date range, months with zeros, categories and sources', async () => {
    const { papers, report } = await readCorpus([small]);
    const s = summarizeCorpus(papers, report);
    expect(s.dateRange).toEqual({ min: '2024-01-31', max: '2024-04-10' });
    expect(s.undated).toBe(1);
    expect(s.perMonth).toEqual([{ month: '2024-01', count: 1 }, { month: '2024-02', count: 2 }, { month: '2024-03', count: 1 }, { month: '2024-04', count: 1 }]);
    expect(s.categories[0]).toEqual({ name: 'cs.CL', count: 2 });
    expect(s.categories.find((c) => c.name === '(none)')).toEqual({ name: '(none)', count: 1 });
    expect(s.sources).toEqual([{ name: '(none)', count: 6 }]);
    expect(s.datePrecision).toEqual([{ name: 'day', count: 3 }, { name: 'month', count: 1 }, { name: 'time', count: 1 }]);
  });
});

describe.skipIf(!existsSync(path.join(sharedData, 'labeled.jsonl')))('filters on labeled.jsonl', () => {
  it('primary-category filter matches the documented label counts', async () => {
    const { papers, report } = await readCorpus([path.join(sharedData, 'labeled.jsonl')], { category: ['cs.SD', 'eess.AS'] });
    expectBalanced(report);
    expect(papers).toHaveLength(353 + 303);
    expect(report.filtered.category).toBe(10_000 - 656);
  });
});
