import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat, readCorpus, type Paper } from '../../src/corpus/index.js';
import { repoRoot, sharedData } from '../helpers/cli.js';
import { csvField, expectBalanced, jsonl, tempFiles } from './helpers.js';

const data = (name: string) => path.join(repoRoot, 'data', name);
const seedLines = readFileSync(data('seed.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const core = (p: Paper) => ({ id: p.id, title: p.title, abstract: p.abstract, date: p.date });

describe('bundled seed data', () => {
  it('joins the HF listing with the dates table into the 89 papers of seed.jsonl', async () => {
    const { papers, report } = await readCorpus([data('hf-papers-listing.txt')], { dates: data('seed-dates.csv') });
    expectBalanced(report);
    expect(report.files[0].format).toBe('hf-listing');
    expect(papers).toHaveLength(89);
    expect(papers.every((p) => p.date !== undefined && p.source === 'hf-papers-listing')).toBe(true);
    expect(papers.map((p) => p.id)).toEqual(seedLines.map((s) => s.id));
    expect(papers.map(core)).toEqual(seedLines.map((s) => ({ id: s.id, title: s.title, abstract: s.abstract, date: s.date })));
    // seed-dates.csv: 30 day-precision dates and 59 known only to the month
    const precisions = papers.map((p) => p.datePrecision);
    expect(precisions.filter((p) => p === 'day')).toHaveLength(30);
    expect(precisions.filter((p) => p === 'month')).toHaveLength(59);
    expect(papers.filter((p) => p.datePrecision === 'month').every((p) => p.date!.endsWith('-01'))).toBe(true);
  });

  it('reads the listing alone with title slugs as ids and no dates', async () => {
    const { papers, report } = await readCorpus([data('hf-papers-listing.txt')]);
    expectBalanced(report);
    expect(papers).toHaveLength(89);
    expect(papers.every((p) => p.date === undefined)).toBe(true);
    expect(papers[0].id).toMatch(/^medslip-medical-dual-stream-language-image-pre-training-for-fine-grained-[a-z0-9-]+$/);
    expect(papers.every((p) => /^[\p{Ll}\p{Lo}\p{N}-]+$/u.test(p.id) && p.id.length <= 90)).toBe(true);
    expect(new Set(papers.map((p) => p.id)).size).toBe(89);
  });

  it('reads seed.jsonl as JSON Lines', async () => {
    const { papers, report } = await readCorpus([data('seed.jsonl')]);
    expectBalanced(report);
    expect(report.files[0].format).toBe('jsonl');
    expect(papers).toHaveLength(89);
    const byYear = new Map<string, number>();
    for (const p of papers) byYear.set(p.date!.slice(0, 4), (byYear.get(p.date!.slice(0, 4)) ?? 0) + 1);
    expect(Object.fromEntries(byYear)).toEqual({ '2017': 2, '2019': 3, '2020': 4, '2021': 9, '2022': 12, '2023': 15, '2024': 32, '2025': 12 });
  });

  it('fills missing dates of other formats from the dates table by id', async () => {
    const t = tempFiles();
    const undated = t.write('undated.jsonl', jsonl(seedLines.slice(0, 5).map(({ date: _d, ...rest }) => ({ ...rest, id: `${rest.id}v3` }))));
    const { papers } = await readCorpus([undated], { dates: data('seed-dates.csv') });
    expect(papers.map((p) => p.date)).toEqual(seedLines.slice(0, 5).map((s) => s.date));
  });
});

describe('the same papers in every format', () => {
  const t = tempFiles();
  const seed = seedLines.slice(0, 30);
  const expected = seed.map((s) => ({ id: s.id, title: s.title, abstract: s.abstract, date: s.date }));

  it('JSON array (pretty-printed, multi-line)', async () => {
    const file = t.write('seed.json', JSON.stringify(seed, null, 2));
    expect(await detectFormat(file)).toBe('json');
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(papers.map(core)).toEqual(expected);
  });

  it('CSV with CRLF, quoted commas, quotes and newlines inside fields', async () => {
    const rows = seed.map((s, i) =>
      [s.id, s.title, i % 3 === 0 ? s.abstract.replace('. ', '.\r\n') : s.abstract, s.date, 'cs.CL; cs.AI'].map(csvField).join(','),
    );
    const file = t.write('seed.csv', ['id,title,abstract,date,categories', ...rows].join('\r\n') + '\r\n');
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(report.files[0].format).toBe('csv');
    expect(papers.map(core)).toEqual(expected);
    expect(papers[0].categories).toEqual(['cs.CL', 'cs.AI']);
  });

  it('gzip-compressed JSON Lines, detected by content whatever the name', async () => {
    const file = t.write('seed.jsonl.gz', gzipSync(jsonl(seed)));
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(report.files[0].format).toBe('jsonl');
    expect(papers.map(core)).toEqual(expected);
  });

  it('arXiv snapshot records: versions, RFC 2822 dates, space-separated categories', async () => {
    const snapshot = seed.map((s) => ({
      id: s.id,
      submitter: 'someone',
      title: `  ${s.title.replace(' ', '\n  ')}`,
      abstract: `  ${s.abstract}\n`,
      categories: 'cs.CV cs.LG',
      versions: [
        { version: 'v1', created: new Date(`${s.date}T12:00:00Z`).toUTCString() },
        { version: 'v2', created: 'Mon, 2 Apr 2029 19:18:42 GMT' },
      ],
      update_date: '2029-04-02',
      authors_parsed: [['A', 'B', '']],
    }));
    const file = t.write('arxiv-metadata-oai-snapshot.json', jsonl(snapshot));
    expect(await detectFormat(file)).toBe('arxiv');
    const { papers, report } = await readCorpus([file]);
    expectBalanced(report);
    expect(papers.map(core)).toEqual(expected);
    expect(papers[0]).toMatchObject({ categories: ['cs.CV', 'cs.LG'], source: 'arxiv', datePrecision: 'time' });
    expect(papers[0].extra).toEqual({ submitter: 'someone', update_date: '2029-04-02' });
  });

  it('JSON Lines with renamed fields, ISO timestamps and string categories', async () => {
    const renamed = seed.slice(0, 3).map((s) => ({ key: s.id, name: s.title, summary: s.abstract, when: `${s.date}T08:00:00+02:00`, cats: 'cs.CL;cs.LG' }));
    const file = t.write('renamed.jsonl', jsonl(renamed));
    const { papers, report } = await readCorpus([file], { fields: { id: 'key', title: 'name', date: 'when', categories: 'cats' } });
    expectBalanced(report);
    expect(papers.map(core)).toEqual(expected.slice(0, 3));
    expect(papers[0]).toMatchObject({ datePrecision: 'time', categories: ['cs.CL', 'cs.LG'] });
    expect(papers[0].extra).toBeUndefined();
  });

  it('several inputs combine into one corpus with per-file accounting', async () => {
    const a = t.write('a.jsonl', jsonl(seed.slice(0, 10)));
    const b = t.write('b.json', JSON.stringify(seed.slice(5, 20)));
    const { papers, report } = await readCorpus([a, b]);
    expectBalanced(report);
    expect(papers.map((p) => p.id)).toEqual(seed.slice(0, 20).map((s) => s.id));
    expect(report.skipped['duplicate-id']).toBe(5);
    expect(report.files.map((f) => [f.format, f.read, f.kept, f.skipped])).toEqual([['jsonl', 10, 10, 0], ['json', 15, 10, 5]]);
  });
});

describe.skipIf(!existsSync(path.join(sharedData, 'labeled.jsonl')))('shared corpora (../shared/data)', () => {
  it('reads labeled.jsonl with its label kept in extra', async () => {
    const { papers, report } = await readCorpus([path.join(sharedData, 'labeled.jsonl')]);
    expectBalanced(report);
    expect(papers).toHaveLength(10_000);
    expect(papers.every((p) => p.extra?.label === p.categories?.[0])).toBe(true);
    const labels = new Map<string, number>();
    for (const p of papers) labels.set(p.extra!.label as string, (labels.get(p.extra!.label as string) ?? 0) + 1);
    expect(labels.get('cs.CL')).toBe(4859);
    expect(labels.get('cs.HC')).toBe(58);
  });

  it('reads papers.jsonl completely and reports progress up to the file size', async () => {
    const file = path.join(sharedData, 'papers.jsonl');
    let last = [0, 0];
    const { papers, report } = await readCorpus([file], { onProgress: (done, total) => (last = [done, total]) });
    expectBalanced(report);
    expect(papers).toHaveLength(52_852);
    expect(report.skipped).toEqual(Object.fromEntries(Object.keys(report.skipped).map((k) => [k, 0])));
    expect(last[0]).toBe(last[1]);
    expect(last[1]).toBe(readFileSync(file).length);
    expect(papers.filter((p) => p.source === 'arxiver')).toHaveLength(27_672);
  });
});
