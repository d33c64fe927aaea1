import { afterEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { FakeClock, fetchArxiv, fetchHfDailyPapers } from '../../src/fetch/index.js';
import { arxivRoute, FixtureServer, hfRoute } from './fixture-server.js';

let arxiv: FixtureServer;
let hf: FixtureServer;
let dir: string;
afterEach(async () => {
  await arxiv?.stop();
  await hf?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('fetched JSONL is a corpus the reader accepts as is', () => {
  it('reads arXiv and HF output together, strictly, with ids, dates, categories and sources intact', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tt-fetch-compat-'));
    arxiv = await new FixtureServer(arxivRoute).start();
    hf = await new FixtureServer(hfRoute).start();
    const common = { delayMs: 0, clock: new FakeClock(Date.UTC(2025, 3, 1)) };
    const a = path.join(dir, 'arxiv.jsonl');
    const h = path.join(dir, 'hf.jsonl');
    await fetchArxiv({ ...common, query: 'cat:cs.CL OR cat:cs.LG', from: '2025-01-01', to: '2025-01-31', out: a, pageSize: 2, baseUrl: arxiv.baseUrl });
    await fetchHfDailyPapers({ ...common, from: '2025-03-03', to: '2025-03-04', out: h, baseUrl: hf.baseUrl });

    const { papers } = await readCorpus([a, h], { strict: true });
    expect(papers).toHaveLength(8);
    const moe = papers.find((p) => p.id === '2501.00102')!;
    expect(moe).toMatchObject({ date: '2025-01-03', categories: ['cs.LG', 'cs.CL', 'stat.ML'], source: 'arxiv-api' });
    expect(moe.extra).toMatchObject({ version: 2, authors: ['Li Wei'] });
    const reasoning = papers.find((p) => p.id === '2502.21321')!;
    expect(reasoning).toMatchObject({ date: '2025-02-28', source: 'hf-daily-papers' });
    expect(reasoning.extra).toMatchObject({ listedOn: '2025-03-03' });
  });
});
