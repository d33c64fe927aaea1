import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnarPapers, columnsOf, packRows } from '../../src/store/index.js';
import type { TopicModel } from '../../src/model/model.js';
import { buildSeedModel, serve } from '../server/fixture.js';

let seed: Awaited<ReturnType<typeof buildSeedModel>>;
beforeAll(async () => { seed = await buildSeedModel(); }, 120_000);
afterAll(() => seed?.cleanup());

/** The seed model with papers, terms and tokens held as columns, as `serve` holds a scaled run. */
function columnar(model: TopicModel): TopicModel {
  const order = Array.from(model.papers.keys());
  const copy = { ...model, papers: columnarPapers(columnsOf(model.papers)), docTerms: packRows(model.docTerms, order) };
  return copy;
}

describe('papers held as columns', () => {
  it('read back as the same papers through every array method the engine uses', () => {
    const papers = columnar(seed.model).papers;
    expect(papers).toHaveLength(seed.model.papers.length);
    expect(Array.isArray(papers)).toBe(true);
    expect([...papers]).toEqual(seed.model.papers);
    expect(papers.map((p) => p.id)).toEqual(seed.model.papers.map((p) => p.id));
    expect(papers.filter((p) => p.topic === 0).length).toBe(seed.model.papers.filter((p) => p.topic === 0).length);
    expect(Array.from(papers, (p) => p.x)).toEqual(seed.model.papers.map((p) => p.x));
    expect(papers.slice(3, 5)).toEqual(seed.model.papers.slice(3, 5));
    expect(5 in papers).toBe(true);
    expect(papers.length in papers).toBe(false);
    expect(() => { (papers as unknown as unknown[]).push(1); }).toThrow(/read-only/);
    const rows = columnar(seed.model).docTerms;
    expect(rows.map((r) => Array.from(r))).toEqual(seed.model.docTerms.map((r) => Array.from(r)));
  });

  it('serve answers every first-load endpoint identically from columns and from objects', async () => {
    const a = await serve(seed.model, { rateLimit: false });
    const b = await serve(columnar(seed.model), { rateLimit: false });
    try {
      const paths = ['/api/summary', '/api/topics', '/api/topics/0', '/api/hierarchy', '/api/whatsnew?n=2', '/api/emerging', '/api/documents?q=distillation',
        '/api/documents?topic=1&limit=5', '/api/trends/terms?q=streaming,dual-stream', '/api/charts/topics-over-time', '/api/map/labels', '/api/papers/3'];
      for (const p of paths) {
        const [ra, rb] = await Promise.all([fetch(a.url(p)), fetch(b.url(p))]);
        expect(ra.status, p).toBe(200);
        expect(rb.status, p).toBe(ra.status);
        expect(await rb.text(), p).toBe(await ra.text());
      }
      const [ma, mb] = await Promise.all([fetch(a.url('/api/map.bin')), fetch(b.url('/api/map.bin'))]);
      expect(Buffer.from(await mb.arrayBuffer()).equals(Buffer.from(await ma.arrayBuffer()))).toBe(true);
    } finally {
      await Promise.all([a.running.close(), b.running.close()]);
    }
  });
});
