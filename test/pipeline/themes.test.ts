/**
 * Theme trends checked against an independent count: the raw JSONL read with
 * JSON.parse and matched with regular expressions that spell out what each
 * theme in data/themes.json means, without the tokenizer or the term index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline } from '../../src/pipeline/run.js';
import { loadThemes } from '../../src/trends/index.js';
import { BOUND_PREFIXES } from '../../src/text/scan.js';
import { repoRoot, sharedData } from '../helpers/cli.js';

interface Raw { id: string; title: string; abstract: string; date: string; categories?: string[] }
const themes = loadThemes(path.join(repoRoot, 'data/themes.json'));
const bound = [...BOUND_PREFIXES].join('|');

/** What each theme means, as a reader would search the text for it. */
const MEANING: Record<string, (text: string) => boolean> = {
  // "stream", "streams", "streaming", "streamed" as words of their own; not the
  // "stream" of a dual-stream architecture or of a prefixed compound (two-stream).
  streaming: (t) =>
    new RegExp(`(?<!\\bdual[\\s-]+)(?<!\\b(?:${bound})-)\\bstream(?:s|ing|ed)?\\b`, 'i').test(t) ||
    /\bsimultaneous\s+(?:translat\w*|speech)|\bincremental\s+decod\w*/i.test(t),
  distillation: (t) => new RegExp(`(?<!\\b(?:${bound})-)\\bdistil`, 'i').test(t) || /\bteacher[\s-]+model\w*|\bteacher(?:\s+|-)student/i.test(t),
  'dual-stream models': (t) => /\b(?:dual[\s-]+(?:stream|branch|path|pathway)|two-(?:stream|branch|pathway))s?\b/i.test(t),
};

function readJsonl(file: string): Raw[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Raw);
}

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n');
  const cols = header.split(',');
  // theme_trends.csv quotes nothing but theme names with commas; none of the tested ones have any.
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

function expectedCounts(papers: Raw[], period: (p: Raw) => string) {
  const out = new Map<string, { total: number; counts: Record<string, number> }>();
  for (const p of papers) {
    const key = period(p);
    const bin = out.get(key) ?? { total: 0, counts: {} };
    bin.total++;
    const text = `${p.title}. ${p.abstract}`;
    for (const [name, test] of Object.entries(MEANING)) if (test(text)) bin.counts[name] = (bin.counts[name] ?? 0) + 1;
    out.set(key, bin);
  }
  return out;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'tt-themes-'));
  dirs.push(d);
  return d;
};

describe('theme trends on the bundled seed corpus (yearly)', () => {
  let rows: Record<string, string>[];
  const seed = path.join(repoRoot, 'data/seed.jsonl');
  beforeAll(async () => {
    const out = tmp();
    await runPipeline({ inputs: [seed], out, themes, report: false, trends: { bin: 'year' } });
    rows = parseCsv(readFileSync(path.join(out, 'theme_trends.csv'), 'utf8'));
  });

  it('has a yearly series for streaming, distillation and dual-stream models whose counts match the text', () => {
    const expected = expectedCounts(readJsonl(seed), (p) => p.date.slice(0, 4));
    for (const theme of Object.keys(MEANING)) {
      const series = rows.filter((r) => r.theme === theme);
      const years = [...expected.keys()].sort();
      // Every year from the first to the last, empty ones with zero papers.
      expect(series.map((r) => r.period)).toEqual(range(Number(years[0]), Number(years[years.length - 1])).map(String));
      for (const r of series) {
        const bin = expected.get(r.period) ?? { total: 0, counts: {} };
        expect(Number(r.period_total), `${theme} ${r.period} total`).toBe(bin.total);
        expect(Number(r.count), `${theme} ${r.period}`).toBe(bin.counts[theme] ?? 0);
      }
      expect(series.reduce((s, r) => s + Number(r.count), 0)).toBeGreaterThan(3);
    }
  });
});

const papersFile = path.join(sharedData, 'papers.jsonl');
describe.skipIf(!existsSync(papersFile))('theme trends within primary category cs.CL of papers.jsonl (monthly)', () => {
  it('match a count recomputed straight from the JSONL', async () => {
    const out = tmp();
    // Theme trends do not depend on the clustering: a quick 2-topic LSA fit keeps the test short.
    await runPipeline({
      inputs: [papersFile],
      read: { category: ['cs.CL'] },
      out,
      themes: themes.filter((t) => t.name in MEANING),
      report: false,
      engine: { k: 2, clusterOn: 'lsa', skipMap: true, svdComponents: 10, kmeansInit: 1 },
      trends: { bin: 'month' },
    });
    const rows = parseCsv(readFileSync(path.join(out, 'theme_trends.csv'), 'utf8'));
    const raw = readJsonl(papersFile).filter((p) => p.categories?.[0] === 'cs.CL');
    const expected = expectedCounts(raw, (p) => p.date.slice(0, 7));
    expect(rows.length).toBe(3 * expected.size);
    for (const r of rows) {
      const bin = expected.get(r.period)!;
      const count = bin.counts[r.theme] ?? 0;
      expect(Number(r.period_total), `${r.period} total`).toBe(bin.total);
      expect(Number(r.count), `${r.theme} ${r.period}`).toBe(count);
      expect(Number(r.share)).toBeCloseTo(count / bin.total, 6);
    }
  }, 180_000);
});
